import { describe, expect, it } from 'vitest';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import type { Drill, SimState } from '../../../src/sim/index.ts';
import { createSimulation, formatProblems, loadDrill, resumeSimulation, stateHash } from '../../../src/sim/index.ts';
import type { CrowdPhysics } from '../../../src/sim/incidents/crowd/crowdPhysics.ts';
import { fileText, readWith } from '../../support/demoDrill.ts';
import { tellEveryone, withEveryoneTold } from '../../support/toldEveryone.ts';

const path = 'scenarios/demo-temple-fair-crush.json';
const incident = 'miaohui-crowd';

/** The demo drill with its crowd changed: smaller and quicker, for tests that run many minutes of crowd. */
function drillWith(changes: Record<string, unknown>): Drill {
  const scenario = JSON.parse(fileText(path)) as { incidents: Record<string, unknown>[] };
  Object.assign(scenario.incidents[0]!, changes);
  const loaded = loadDrill(path, readWith({ [path]: JSON.stringify(scenario) }));
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  return loaded.value;
}

/** A sharper, shorter surge than the demo's, with quicker falls: it crushes within four minutes when nobody acts. */
const quickSurge = () => drillWith({ initialCount: 150, arrivalProfile: [{ untilS: 240, factor: 1.2 }], crush: { onsetS: 20, fallsPerMin: 0.2, asphyxiaMeanS: 600 } });
/** A quiet day: a few people, and a trickle more all hour. */
const quietDay = () => drillWith({ initialCount: 20, arrivalProfile: [{ untilS: 3600, factor: 0.05 }] });

const at = (atS: number, order: Record<string, unknown>): TimedOrder => ({ atS, order: order as TimedOrder['order'] });
const act = (atS: number, action: string, extra: Record<string, unknown> = {}) =>
  at(atS, { type: 'actOnIncident', by: 'qinglong-scenic', incident, action, unit: 'scenic-stewards', ...extra });
const stewardsOnScene = at(30, { type: 'dispatchUnit', by: 'qinglong-scenic', unit: 'scenic-stewards', to: { incident } });

function outcome(drill: Drill, orders: TimedOrder[], untilS: number, seed?: string) {
  const { sim } = runDrill({ drill, seed: seed ?? drill.scenario.seed, orders: withEveryoneTold(drill, orders), untilS });
  const state = sim.snapshot().incidents[0]!;
  return { phases: state.phaseHistory.map((p) => p.phase), casualties: state.casualties, physics: state.physics as CrowdPhysics, sim };
}

const leftAlone = new Map<string, ReturnType<typeof outcome>>();
/** The quick surge with no orders, run once per seed. */
function nothingDone(seed: string) {
  if (!leftAlone.has(seed)) leftAlone.set(seed, outcome(quickSurge(), [], 240, seed));
  return leftAlone.get(seed)!;
}

describe('a surge at the temple gate', () => {
  it('left alone, packs the forecourt past the crush density until people fall', () => {
    const { phases, casualties, physics } = nothingDone('a');
    expect(phases).toContain('critical');
    expect(phases).toContain('crush');
    expect(casualties.injuredCount + casualties.deadCount).toBeGreaterThan(0);
    expect(physics.peakDensityPerM2).toBeGreaterThan(5);
  });

  it('is dispersed with nobody hurt when the inflow is stopped, the side gates opened and the crowd told to leave', () => {
    const broadcast = at(31, { type: 'actOnIncident', by: 'wenlv', incident, action: 'broadcast' });
    const orders = [stewardsOnScene, act(31, 'stopInflow'), act(31, 'openExit'), act(31, 'openExit'), broadcast];
    const { phases, casualties, physics } = outcome(quickSurge(), orders, 240, 'a');
    expect(phases).toContain('dispersing');
    expect(phases).not.toContain('crush');
    expect(casualties).toMatchObject({ deadCount: 0, injuredCount: 0 });
    expect(physics.leftCount).toBeGreaterThan(0);
    expect(physics.turnedAwayCount).toBeGreaterThan(0);
  });

  it('hurts fewer people on every seed when the inflow is stopped, even with the side gates shut', () => {
    for (const seed of ['a', 'b']) {
      const nothing = nothingDone(seed).casualties;
      const stopped = outcome(quickSurge(), [stewardsOnScene, act(31, 'stopInflow')], 240, seed).casualties;
      expect(stopped.injuredCount + stopped.deadCount, `seed ${seed}`).toBeLessThan(nothing.injuredCount + nothing.deadCount);
    }
  });
});

describe('acting on a crowd', () => {
  const order = (action: string, unit?: string, by = 'command-post') => ({ type: 'actOnIncident', by, incident, action, ...(unit ? { unit } : {}) });

  it('needs a crowd-control unit on scene to open a gate, while anyone can broadcast', () => {
    const sim = createSimulation(quietDay());
    sim.advance(10);
    tellEveryone(sim, incident);
    expect(sim.dispatch(order('openExit'))).toMatchObject({ ok: false, reason: 'action-needs-unit' });
    expect(sim.dispatch(order('openExit', 'pcs-car-1'))).toMatchObject({ ok: false, reason: 'unit-not-on-scene' });
    sim.dispatch({ type: 'dispatchUnit', by: 'command-post', unit: 'jj-patrol-1', to: { incident } });
    sim.advance(600);
    expect(sim.dispatch(order('openExit', 'jj-patrol-1'))).toMatchObject({ ok: false, reason: 'unit-lacks-capability' });
    expect(sim.dispatch(order('stopInflow', 'jj-patrol-1'))).toMatchObject({ ok: true });
    expect(sim.dispatch(order('broadcast', undefined, 'wenlv'))).toMatchObject({ ok: true });
  });

  it('turns part of the crowd toward the opened gates with a broadcast', () => {
    const base = [stewardsOnScene, act(31, 'openExit'), act(31, 'openExit')];
    const without = outcome(quickSurge(), base, 90).physics;
    const withBroadcast = outcome(quickSurge(), [...base, at(31, { type: 'actOnIncident', by: 'wenlv', incident, action: 'broadcast' })], 90).physics;
    expect(withBroadcast.leftCount).toBeGreaterThan(without.leftCount + 10);
  });

  it('slows the arrivals when the traffic police close the approach road', () => {
    const closed = outcome(quickSurge(), [at(5, { type: 'closeRoad', by: 'jiaojing', road: 'road-qinglong' })], 10).physics;
    expect(closed.arrivalsPerMin).toBeCloseTo(300 * 1.2 * 0.3, 9);
  });

  it('sends visitors leaving the temple out by the back once the flow is one-way', () => {
    const drill = drillWith({ initialCount: 60, arrivalProfile: [{ untilS: 60, factor: 0.2 }], bottleneckDwellS: 20 });
    const twoWay = outcome(drill, [stewardsOnScene], 150).physics;
    const oneWay = outcome(drill, [stewardsOnScene, act(31, 'oneWayFlow')], 150).physics;
    expect(oneWay.leftCount).toBeGreaterThan(twoWay.leftCount);
    expect(oneWay.returnsDueS.length).toBeLessThanOrEqual(twoWay.returnsDueS.length);
  });
});

describe('the crowd in the sim state', () => {
  it('is plain JSON that the same seed and orders reproduce, and a saved drill resumes exactly', () => {
    const drill = quickSurge();
    const orders = [stewardsOnScene, act(40, 'stopInflow')];
    const first = runDrill({ drill, seed: 'x', orders, untilS: 60 }).sim;
    const physics = first.snapshot().incidents[0]!.physics;
    expect(JSON.parse(JSON.stringify(physics))).toEqual(physics);
    expect(stateHash(runDrill({ drill, seed: 'x', orders, untilS: 60 }).sim.snapshot())).toBe(stateHash(first.snapshot()));
    const resumed = resumeSimulation(drill, JSON.parse(JSON.stringify(first.snapshot())) as SimState);
    first.advance(30);
    resumed.advance(30);
    expect(stateHash(resumed.snapshot())).toBe(stateHash(first.snapshot()));
  });
});
