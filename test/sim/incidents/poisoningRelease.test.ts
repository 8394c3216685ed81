import { describe, expect, it } from 'vitest';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import type { ReleasePhysics } from '../../../src/sim/incidents/poisoning/poisoningPhysics.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { withEveryoneTold } from '../../support/toldEveryone.ts';

const scenario = 'scenarios/demo-water-plant-chlorine.json';
const incident = 'water-plant-chlorine';
/** The plume has passed the last village downwind (Dongcun, 5 km at 1.5 m/s) by then. */
const afterThePlumeS = 5400;

function outcome(orders: TimedOrder[], untilS = afterThePlumeS) {
  const drill = scenarioDrill(scenario);
  const { sim } = runDrill({ drill, seed: drill.scenario.seed, orders: withEveryoneTold(drill, orders), untilS });
  const state = sim.snapshot().incidents[0]!;
  const { deadCount, injuredCount } = state.casualties;
  return {
    harmed: deadCount + injuredCount, deadCount, injuredCount, phases: state.phaseHistory.map((p) => p.phase),
    physics: state.physics as ReleasePhysics, events: sim.record().events,
  };
}

let nothingDone: ReturnType<typeof outcome> | undefined;
const doNothing = () => (nothingDone ??= outcome([]));

let early: ReturnType<typeof outcome> | undefined;
const warnedEarly = () => (early ??= outcome([warn(150, ['hetan', 'dongcun'])]));

const order = (atS: number, o: object): TimedOrder => ({ atS, order: o as TimedOrder['order'] });
const warn = (atS: number, villages: string[]) => order(atS, { type: 'issueWarning', by: 'command-post', colour: 'red', to: villages, instruction: 'shelterInPlace', message: '关闭门窗，就地避险' });
const isolate = [
  order(70, { type: 'dispatchUnit', by: 'water-plant', unit: 'wp-hazmat', to: { incident } }),
  order(90, { type: 'actOnIncident', by: 'water-plant', incident, action: 'isolateSource', unit: 'wp-hazmat' }),
];

describe('a chlorine leak at the water plant', () => {
  it('left alone, empties its drum and the plume poisons hundreds in the villages downwind', () => {
    const { phases, harmed, physics, events } = doNothing();
    expect(phases).toEqual(['releasing', 'dispersing']);
    expect(physics.releasedKg).toBe(1000);
    expect(harmed).toBeGreaterThan(100);
    expect(events.some((e) => e.type === 'incident.notice' && e.notice === 'plumeOverVillages')).toBe(true);
  });

  it('with the reference plan is stopped early, harms a tenth as many, kills nobody and ends with the all-clear', () => {
    const planned = outcome(planOrders('scenarios/plans/demo-water-plant-chlorine.json'), 7200);
    expect(planned.phases).toEqual(['releasing', 'dispersing', 'allClear']);
    expect(planned.physics.releasedKg).toBeLessThan(500);
    expect(planned.deadCount).toBe(0);
    expect(planned.harmed).toBeLessThan(doNothing().harmed / 10);
  });

  it('leaves fewer poisoned when the villages downwind are warned to shelter indoors before the plume arrives', () => {
    expect(warnedEarly().harmed).toBeLessThan(doNothing().harmed / 2);
  });

  it('gains less from a warning that comes after the plume has reached Hetan', () => {
    expect(outcome([warn(1500, ['hetan', 'dongcun'])]).harmed).toBeGreaterThan(warnedEarly().harmed * 1.5);
  });

  it('releases less and poisons fewer when a hazmat crew isolates the source', () => {
    const isolated = outcome(isolate);
    expect(isolated.phases).toEqual(['releasing', 'dispersing']);
    expect(isolated.events.some((e) => e.type === 'incident.notice' && e.notice === 'sourceIsolated')).toBe(true);
    expect(isolated.physics.releasedKg).toBeLessThan(500);
    expect(isolated.harmed).toBeLessThan(doNothing().harmed * 0.75);
  });

  it('protects Dongcun when its people move across the wind, not when they move downwind into the plume’s path', () => {
    const move = (shelter: string) => [
      order(200, { type: 'openShelter', by: 'command-post', shelter }),
      order(210, { type: 'evacuate', by: 'command-post', villages: ['dongcun'], shelter }),
    ];
    const across = outcome(move('shelter-school')).harmed;
    const downwind = outcome(move('shelter-dongcun')).harmed;
    expect(across).toBeLessThan(doNothing().harmed);
    expect(downwind).toBeGreaterThan(across);
  });

  it('hurts responders without breathing apparatus near the source until a cordon puts them upwind', () => {
    const police = [order(60, { type: 'dispatchUnit', by: 'paichusuo', unit: 'pcs-car-1', to: { incident } })];
    const cordon = order(1200, { type: 'actOnIncident', by: 'paichusuo', incident, action: 'cordon', unit: 'pcs-car-1' });
    const without = outcome(police, 3600).physics.responders;
    const withCordon = outcome([...police, cordon], 3600).physics.responders;
    expect(without.loadOutdoorsPpm2Min[0]).toBeGreaterThan(withCordon.loadOutdoorsPpm2Min[0]! * 1.5);
    expect(without.injuredOutdoors[0]).toBeGreaterThan(0.5);
  });
});
