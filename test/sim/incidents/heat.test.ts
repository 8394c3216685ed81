import { describe, expect, it } from 'vitest';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import type { HeatPhysics } from '../../../src/sim/incidents/heat/heatPhysics.ts';
import type { Drill } from '../../../src/sim/index.ts';
import { createSimulation } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { tellEveryone, withEveryoneTold } from '../../support/toldEveryone.ts';

const scenario = 'scenarios/demo-heat-wave.json';
const plan = () => planOrders('scenarios/plans/demo-heat-wave.json');
const seeds = ['shifan-2026-heat', 'a', 'b'];
/** 13:00 to 18:00: the afternoon's heat and its cases, enough for every comparison here. */
const afternoonS = 5 * 3600;

/** The demo drill with only some of its incidents (each group's physics is independent), so a test runs only what it checks. */
function drillOf(ids?: string[], change?: (incident: Record<string, unknown>) => void): Drill {
  const drill = scenarioDrill(scenario);
  if (!ids) return drill;
  const incidents = structuredClone(drill.scenario.incidents.filter((i) => ids.includes(i.id)));
  for (const i of incidents) change?.(i);
  return { ...drill, scenario: { ...drill.scenario, incidents } };
}

/** Raises a group's heat-illness rate, so that a comparison over a few seeds is not decided by chance. */
const harsher = (factor: number) => (incident: Record<string, unknown>) => {
  (incident.group as { illness: { atLimitPerHour: number } }).illness.atLimitPerHour *= factor;
};

function outcome(drill: Drill, orders: TimedOrder[], seed: string, untilS = afternoonS) {
  const { sim } = runDrill({ drill, seed, orders: withEveryoneTold(drill, orders), untilS });
  const incidents = sim.snapshot().incidents;
  const physics = (id: string) => incidents.find((i) => i.id === id)!.physics as HeatPhysics;
  const total = (pick: (p: HeatPhysics) => number) => incidents.reduce((n, i) => n + pick(i.physics as HeatPhysics), 0);
  return { sim, incidents, physics, cases: total((p) => p.caseCount), strokes: total((p) => p.strokeCount), dead: total((p) => p.deadCount) };
}

/** Computes on first use, so a filtered test run only pays for what it runs. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const order = (atS: number, o: Record<string, unknown>): TimedOrder => ({ atS, order: o as TimedOrder['order'] });
const stopWork = (by: string) => order(60, { type: 'actOnIncident', by, incident: 'heat-site-housing', action: 'stopOutdoorWork' });

describe('a heat-wave afternoon in Shifan', () => {
  const none = once(() => seeds.map((seed) => outcome(drillOf(), [], seed)));
  const planned = once(() => seeds.map((seed) => outcome(drillOf(), plan(), seed)));

  it('puts every group at risk under the orange signal from the start', () => {
    for (const incident of none()[0]!.incidents) {
      expect(incident.phaseHistory.slice(0, 2).map((p) => p.phase), incident.id).toEqual(['watch', 'heatWave']);
    }
    expect(none()[0]!.sim.record().events.filter((e) => e.type === 'incident.notice' && e.notice === 'signal-orange')).toHaveLength(4);
  });

  it('left alone, makes workers, students and the elderly ill, and untreated heatstroke kills', () => {
    expect(none().reduce((n, o) => n + o.dead, 0)).toBeGreaterThan(0);
    for (const id of ['heat-site-housing', 'heat-hetan-elderly', 'heat-school-training']) {
      expect(none().reduce((n, o) => n + o.physics(id).caseCount, 0), id).toBeGreaterThan(0);
    }
  });

  it('with the reference plan, leaves no more cases or deaths than doing nothing on any seed, and far fewer overall', () => {
    const [withPlan, without] = [planned(), none()];
    seeds.forEach((seed, i) => {
      expect(withPlan[i]!.cases, seed).toBeLessThanOrEqual(without[i]!.cases);
      expect(withPlan[i]!.dead, seed).toBeLessThanOrEqual(without[i]!.dead);
    });
    const sum = (runs: typeof without, pick: (o: (typeof without)[number]) => number) => runs.reduce((n, o) => n + pick(o), 0);
    expect(sum(withPlan, (o) => o.cases)).toBeLessThan(sum(without, (o) => o.cases) / 2);
    expect(sum(withPlan, (o) => o.dead)).toBeLessThan(sum(without, (o) => o.dead));
    expect(withPlan.every((o) => o.sim.record().orders.every((r) => r.rejected === null))).toBe(true);
  });
});

describe('outdoor work in the heat', () => {
  const site = drillOf(['heat-site-housing']);
  const runs = once(() => seeds.map((seed) => ({ none: outcome(site, [], seed), stopped: outcome(site, [stopWork('zhujian')], seed) })));

  it('stopping it as the rule requires leaves fewer cases and less heatstroke than working on', () => {
    const sum = (pick: (r: ReturnType<typeof runs>[number]) => number) => runs().reduce((n, r) => n + pick(r), 0);
    expect(sum((r) => r.stopped.cases)).toBeLessThan(sum((r) => r.none.cases) / 2);
    expect(sum((r) => r.stopped.strokes + r.stopped.dead)).toBeLessThan(sum((r) => r.none.strokes + r.none.dead));
  });

  it('goes on as before when the stop order comes from a team the site does not answer to', () => {
    const { sim, cases, dead } = outcome(site, [stopWork('hetan')], seeds[0]!);
    expect({ cases, dead }).toEqual({ cases: runs()[0]!.none.cases, dead: runs()[0]!.none.dead });
    expect(sim.record().events).toContainEqual(expect.objectContaining({ type: 'incident.notice', notice: 'not-heeded' }));
  });

  it('on a 39 °C day stops in the three hottest hours, resumes after them, and ends once six hours are worked', () => {
    const sim = createSimulation(site, 'a');
    tellEveryone(sim, 'heat-site-housing');
    sim.advance(60);
    expect(sim.dispatch(stopWork('site-housing').order).ok).toBe(true);
    const activeAt = (clockH: number) => {
      sim.advance((clockH - 13) * 3600 - sim.timeS());
      return (sim.snapshot().incidents[0]!.physics as HeatPhysics).readings!.activeShare;
    };
    expect(activeAt(14)).toBeCloseTo(0.1, 10);
    expect(activeAt(15.5)).toBe(1);
    expect(activeAt(16.5)).toBeCloseTo(0.1, 10);
  });
});

describe('elderly people living alone in the heat', () => {
  const hetan = drillOf(['heat-hetan-elderly'], harsher(4));
  const checks = [
    order(60, { type: 'dispatchUnit', by: 'hetan', unit: 'hetan-cadres', to: { incident: 'heat-hetan-elderly' } }),
    order(60, { type: 'dispatchUnit', by: 'hetan', unit: 'hetan-volunteers', to: { incident: 'heat-hetan-elderly' } }),
    order(120, { type: 'actOnIncident', by: 'hetan', incident: 'heat-hetan-elderly', action: 'doorToDoorChecks', unit: 'hetan-volunteers' }),
  ];
  const runs = once(() => seeds.map((seed) => ({ none: outcome(hetan, [], seed), checked: outcome(hetan, checks, seed) })));

  it('in a harsher heat wave, door-to-door checks leave fewer cases, heatstroke and deaths than leaving them alone', () => {
    const sum = (pick: (r: ReturnType<typeof runs>[number]) => number) => runs().reduce((n, r) => n + pick(r), 0);
    expect(sum((r) => r.checked.cases)).toBeLessThan(sum((r) => r.none.cases));
    expect(sum((r) => r.checked.strokes + r.checked.dead)).toBeLessThan(sum((r) => r.none.strokes + r.none.dead));
  });

  it('are visited by the checkers within the first hour', () => {
    const sim = createSimulation(hetan, 'a');
    tellEveryone(sim, hetan.scenario.incidents[0]!.id);
    for (const o of checks) { sim.advance(o.atS - sim.timeS()); sim.dispatch(o.order); }
    sim.advance(3600);
    expect((sim.snapshot().incidents[0]!.physics as HeatPhysics).visitedShare).toBe(1);
  });
});

describe('heatstroke on scene', () => {
  const harsh = drillOf(['heat-site-housing'], harsher(4));
  const treat = [
    order(60, { type: 'dispatchUnit', by: 'weishengyuan', unit: 'wsy-medteam', to: { incident: 'heat-site-housing' } }),
    order(600, { type: 'actOnIncident', by: 'weishengyuan', incident: 'heat-site-housing', action: 'treatCases', unit: 'wsy-medteam' }),
  ];

  it('kills fewer when a medical team cools patients on scene than when nobody does', () => {
    const untreated = seeds.slice(0, 2).reduce((n, seed) => n + outcome(harsh, [], seed).dead, 0);
    const treated = seeds.slice(0, 2).reduce((n, seed) => n + outcome(harsh, treat, seed).dead, 0);
    expect(treated).toBeLessThan(untreated / 2);
  });
});
