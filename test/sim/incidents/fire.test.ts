import { describe, expect, it } from 'vitest';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import type { WildlandPhysics } from '../../../src/sim/incidents/fire/wildlandPhysics.ts';
import { createSimulation, formatProblems, loadDrill } from '../../../src/sim/index.ts';
import { fileText, readWith, scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { tellEveryone, withEveryoneTold } from '../../support/toldEveryone.ts';

const scenario = 'scenarios/demo-xiling-grassland-fire.json';
const plan = planOrders('scenarios/plans/demo-xiling-grassland-fire.json');

function outcome(orders: readonly TimedOrder[]) {
  const drill = scenarioDrill(scenario);
  const { sim, log } = runDrill({ drill, seed: drill.scenario.seed, orders: withEveryoneTold(drill, orders), untilS: drill.scenario.durationS });
  const incident = sim.snapshot().incidents[0]!;
  const physics = incident.physics as WildlandPhysics;
  const notices = log.flatMap((l) => (l.kind === 'event' && l.event.type === 'incident.notice' ? [{ notice: l.event.notice, timeS: l.event.timeS }] : []));
  const refused = log.filter((l) => l.kind === 'rejected');
  const shangling = physics.villageTolls.find((t) => t.village === 'shangling') ?? { deadCount: 0, injuredCount: 0 };
  return { incident, physics, notices, refused, sim, shangling, hurtInShangling: shangling.deadCount + shangling.injuredCount };
}

const nothing = outcome([]);
const reference = outcome(plan);

describe('a grassland fire on the Xiling hills', () => {
  it('left alone, spreads into Shangling and hurts the people still at home', () => {
    expect(nothing.incident.phaseHistory.map((p) => p.phase).slice(0, 3)).toEqual(['smouldering', 'spreading', 'threatening']);
    expect(nothing.notices.map((n) => n.notice)).toContain('villageReached');
    expect(nothing.incident.casualties.deadCount).toBeGreaterThan(0);
    expect(nothing.incident.casualties.seriousInjuredCount).toBeGreaterThan(0);
  });

  it('is contained before it reaches the houses by the reference plan, put out, watched and extinguished, with nobody hurt', () => {
    expect(reference.refused).toEqual([]);
    expect(reference.incident.phaseHistory.map((p) => p.phase)).toEqual(['smouldering', 'spreading', 'threatening', 'contained', 'out', 'watch', 'extinguished']);
    expect(reference.notices.map((n) => n.notice)).not.toContain('villageReached');
    expect(reference.incident.casualties).toEqual({ deadCount: 0, injuredCount: 0, seriousInjuredCount: 0, missingCount: 0 });
  });

  it('burns far less land and costs far less under the reference plan than with no orders', () => {
    const burnt = (p: WildlandPhysics) => p.cells.filter((c) => c === 3).length;
    expect(burnt(reference.physics) * 10).toBeLessThan(burnt(nothing.physics));
    expect(reference.incident.lossYuan * 10).toBeLessThan(nothing.incident.lossYuan);
  });

  it('hurts fewer people when the threatened village is warned and moved out before the front arrives, even with no crews on the fire', () => {
    const moveOnly = outcome(plan.filter((o) => ['issueWarning', 'evacuate'].includes(o.order.type) || (o.order.type === 'dispatchUnit' && (o.order as { unit: string }).unit === 'pcs-car-1')));
    expect(moveOnly.notices.find((n) => n.notice === 'villageReached')?.timeS).toBe(nothing.notices.find((n) => n.notice === 'villageReached')?.timeS);
    expect(nothing.hurtInShangling).toBeGreaterThan(10);
    expect(moveOnly.hurtInShangling).toBeLessThan(nothing.hurtInShangling / 2);
    expect(moveOnly.shangling.deadCount).toBeLessThan(nothing.shangling.deadCount);
  });

  it('rates the day’s danger from the McArthur grassland meter', () => {
    expect(nothing.physics.dangerRating).toBe('high');
    expect(nothing.physics.rosKmh).toBeGreaterThan(1);
  });

  it('tells the forestry station of the fire four minutes after it starts', () => {
    expect(nothing.sim.record().events.find((e) => e.type === 'incident.discovered')).toMatchObject({ incident: 'xiling-grass-fire', by: 'linchaozhan', timeS: 240 });
  });
});

describe('acting on a grassland fire', () => {
  const order = (action: string, unit?: string) => ({ type: 'actOnIncident', by: 'command-post', incident: 'xiling-grass-fire', action, ...(unit ? { unit } : {}) });

  it('needs a crew or a machine on scene to cut a firebreak, but anyone may end the watch', () => {
    const sim = createSimulation(scenarioDrill(scenario));
    sim.advance(60);
    tellEveryone(sim, 'xiling-grass-fire');
    expect(sim.dispatch(order('cutFirebreak'))).toMatchObject({ ok: false, reason: 'action-needs-unit' });
    sim.dispatch({ type: 'dispatchUnit', by: 'command-post', unit: 'shangling-cadres', to: { incident: 'xiling-grass-fire' } });
    sim.dispatch({ type: 'dispatchUnit', by: 'command-post', unit: 'shangling-militia', to: { incident: 'xiling-grass-fire' } });
    sim.advance(600);
    expect(sim.dispatch(order('cutFirebreak', 'shangling-cadres'))).toMatchObject({ ok: false, reason: 'unit-lacks-capability' });
    expect(sim.dispatch(order('cutFirebreak', 'shangling-militia'))).toMatchObject({ ok: true });
    expect(sim.dispatch(order('endWatch'))).toMatchObject({ ok: true });
  });
});

describe('a fire in a scenario file', () => {
  function loadWith(change: (incident: Record<string, unknown>) => void) {
    const json = JSON.parse(fileText(scenario)) as { incidents: Record<string, unknown>[] };
    change(json.incidents[0]!);
    const loaded = loadDrill(scenario, readWith({ [scenario]: JSON.stringify(json) }));
    return loaded.ok ? 'loaded' : formatProblems(loaded.problems);
  }

  it('needs the part of the spec for its kind, and no part for the other kind', () => {
    expect(loadWith(() => undefined)).toBe('loaded');
    expect(loadWith((i) => { delete i.wildland; })).toMatch(/incidents\.0\.wildland: required for a fire of kind wildland \(use \{\} for every default\)/);
    expect(loadWith((i) => { i.building = {}; })).toMatch(/incidents\.0: Unrecognized key: "building"/);
  });

  it('refuses a misspelt fuel or land cover', () => {
    expect(loadWith((i) => { i.wildland = { fuels: { gras: { pVeg: 0 } } }; })).toMatch(/incidents\.0\.wildland\.fuels/);
  });
});
