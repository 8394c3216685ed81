import { describe, expect, it } from 'vitest';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import { createSimulation } from '../../../src/sim/index.ts';
import type { CollapsePhysics } from '../../../src/sim/incidents/collapse/collapsePhysics.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { tellEveryone, withEveryoneTold } from '../../support/toldEveryone.ts';

const scenario = 'scenarios/demo-site-formwork-collapse.json';
const incidentId = 'housing-formwork-collapse';
const plan = () => planOrders('scenarios/plans/demo-site-formwork-collapse.json');
const seeds = ['shifan-2026-formwork', 'a', 'b', 'c'];

/** The plan without the orders the predicate picks. */
const planWithout = (drop: (order: Record<string, unknown>) => boolean) => plan().filter((o) => !drop(o.order as Record<string, unknown>));
const variants: Record<string, () => TimedOrder[]> = {
  plan,
  nothing: () => [],
  noShoring: () => planWithout((o) => o.action === 'shore'),
  noLocalHeavyLifting: () => planWithout((o) => ['builder-excavator', 'builder-crane', 'mine-rescue'].includes(o.unit as string)),
};

const runs = new Map<string, ReturnType<typeof run>>();
function run(variant: string, seed: string) {
  const drill = scenarioDrill(scenario);
  const { sim } = runDrill({ drill, seed, orders: withEveryoneTold(drill, variants[variant]!()), untilS: drill.scenario.durationS });
  const incident = sim.snapshot().incidents[0]!;
  const physics = incident.physics as CollapsePhysics;
  const freedAt = (depth: string) => physics.people.filter((p) => p.depth === depth && p.rescuerOf === null).map((p) => p.freedAtS ?? Infinity);
  return {
    phases: incident.phaseHistory.map((p) => p.phase), casualties: incident.casualties, physics, freedAt, sim,
    aliveOut: physics.people.filter((p) => p.status === 'alive').length,
  };
}

/** A drill of the demo run with one variant of the plan, run once per test file (runs are deterministic). */
function outcome(variant: keyof typeof variants, seed = seeds[0]!) {
  const key = `${variant}/${seed}`;
  if (!runs.has(key)) runs.set(key, run(variant, seed));
  return runs.get(key)!;
}

describe('a formwork collapse at the housing site', () => {
  it('left alone, brings nobody out: every trapped worker stays missing', () => {
    const { phases, casualties, physics } = outcome('nothing');
    expect(phases).toEqual(['collapsed']);
    expect(casualties.missingCount).toBe(physics.people.length);
    expect(physics.people.length).toBeGreaterThanOrEqual(8);
    expect(casualties.injuredCount + casualties.deadCount).toBe(0);
  });

  it('with the reference plan, is secured, shored, searched and cleared, most of the trapped coming out alive', () => {
    const { phases, casualties, physics, aliveOut } = outcome('plan');
    expect(phases.slice(0, 3)).toEqual(['collapsed', 'unsafe', 'secured']);
    expect(phases).toContain('extricating');
    expect(phases.at(-1)).toBe('recovered');
    expect(physics.secondaryCollapseCount).toBe(0);
    expect(casualties.missingCount).toBe(0);
    expect(aliveOut).toBe(casualties.injuredCount);
    expect(aliveOut).toBeGreaterThan(physics.people.length / 2);
    expect(casualties).toEqual({ deadCount: 2, injuredCount: 7, seriousInjuredCount: 5, missingCount: 0 });
  });

  it('counts the trapped as missing until located, and as injured when freed alive', () => {
    const events = outcome('plan').sim.record().events.filter((e) => e.type === 'incident.casualties');
    expect(events[0]).toMatchObject({ timeS: 0, missingCount: 9, injuredCount: 0, deadCount: 0 });
    expect(events.some((e) => e.type === 'incident.casualties' && e.missingCount < 0)).toBe(true);
    expect(events.some((e) => e.type === 'incident.casualties' && e.injuredCount > 0)).toBe(true);
  });

  it('avoids the secondary collapse by shoring before extrication, which working unshored brings on the same seed', () => {
    const shored = outcome('plan');
    const unshored = outcome('noShoring');
    expect(shored.physics.secondaryCollapseCount).toBe(0);
    expect(unshored.physics.secondaryCollapseCount).toBeGreaterThan(0);
    expect(unshored.physics.people.some((p) => p.rescuerOf !== null)).toBe(true);
    expect(unshored.sim.record().events).toContainEqual(expect.objectContaining({ type: 'incident.notice', notice: 'secondaryCollapse' }));
  });

  it('never has a secondary collapse once shored, on any seed, while unshored work brings them on several', () => {
    const shored = seeds.map((seed) => outcome('plan', seed).physics.secondaryCollapseCount);
    const unshored = seeds.map((seed) => outcome('noShoring', seed).physics.secondaryCollapseCount);
    expect(shored.every((n) => n === 0)).toBe(true);
    expect(unshored.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('gets the deeply buried out sooner when the site’s excavator and crane and the mine rescue team come early', () => {
    const early = outcome('plan');
    const late = outcome('noLocalHeavyLifting');
    const earlyDeep = early.freedAt('deep');
    const lateDeep = late.freedAt('deep');
    expect(earlyDeep.every((t) => Number.isFinite(t))).toBe(true);
    earlyDeep.forEach((t, i) => expect(t).toBeLessThan(lateDeep[i]!));
  });

  it('saves more of the trapped than doing nothing, and no fewer than late heavy lifting, on every seed', () => {
    for (const seed of seeds) {
      const early = outcome('plan', seed).aliveOut;
      expect(early, `seed ${seed}`).toBeGreaterThan(outcome('nothing', seed).aliveOut);
      expect(early, `seed ${seed}`).toBeGreaterThanOrEqual(outcome('noLocalHeavyLifting', seed).aliveOut);
    }
  });

  it('tells the construction site first, a minute after the collapse', () => {
    expect(outcome('nothing').sim.record().events.find((e) => e.type === 'incident.discovered')).toMatchObject({ incident: incidentId, by: 'site-housing', timeS: 60 });
  });
});

describe('acting on a collapse', () => {
  const order = (action: string, unit?: string) => ({ type: 'actOnIncident', by: 'command-post', incident: incidentId, action, ...(unit ? { unit } : {}) });

  it('needs a unit on scene able to secure the site or shore it', () => {
    const sim = createSimulation(scenarioDrill(scenario));
    tellEveryone(sim, incidentId);
    sim.dispatch({ type: 'dispatchUnit', by: 'command-post', unit: 'wsy-medteam', to: { incident: incidentId } });
    sim.dispatch({ type: 'dispatchUnit', by: 'command-post', unit: 'builder-crane', to: { incident: incidentId } });
    sim.advance(600);
    expect(sim.dispatch(order('secureSite'))).toMatchObject({ ok: false, reason: 'action-needs-unit' });
    expect(sim.dispatch(order('secureSite', 'wsy-medteam'))).toMatchObject({ ok: false, reason: 'unit-lacks-capability' });
    expect(sim.dispatch(order('secureSite', 'builder-crane'))).toMatchObject({ ok: false, reason: 'unit-lacks-capability' });
    expect(sim.dispatch(order('shore', 'builder-crane'))).toMatchObject({ ok: true });
  });
});
