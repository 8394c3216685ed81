import { describe, expect, it } from 'vitest';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import type { FoodPhysics } from '../../../src/sim/incidents/poisoning/poisoningPhysics.ts';
import { createSimulation, formatProblems, loadDrill, stateHash } from '../../../src/sim/index.ts';
import { incidentActions } from '../../../src/ui/selection/incidentActions.ts';
import { fileText, readWith, scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { tellEveryone, withEveryoneTold } from '../../support/toldEveryone.ts';

const scenario = 'scenarios/demo-banquet-food-poisoning.json';
const incident = 'liuwan-banquet';
const order = (atS: number, o: object): TimedOrder => ({ atS, order: o as TimedOrder['order'] });
const seal = [
  order(3660, { type: 'dispatchUnit', by: 'command-post', unit: 'scjg-team', to: { incident } }),
  order(4500, { type: 'actOnIncident', by: 'shichangjianguan', incident, action: 'sealFood', unit: 'scjg-team' }),
];

function outcome(orders: TimedOrder[], options: { drill?: ReturnType<typeof scenarioDrill>; untilS?: number } = {}) {
  const drill = options.drill ?? scenarioDrill(scenario);
  const { sim } = runDrill({ drill, seed: drill.scenario.seed, orders: withEveryoneTold(drill, orders), untilS: options.untilS ?? drill.scenario.durationS });
  const state = sim.snapshot();
  const i = state.incidents[0]!;
  const notices = sim.record().events.flatMap((e) => (e.type === 'incident.notice' ? [e.notice] : []));
  return { casualties: i.casualties, physics: i.physics as FoodPhysics, phases: i.phaseHistory.map((p) => p.phase), notices, hash: stateHash(state) };
}

/** The banquet with the clinic's capacity changed, to make a point about treatment. */
function withClinic(patientsPerHour: number) {
  const json = JSON.parse(fileText(scenario)) as { incidents: { care: { clinicPatientsPerHour: number } }[] };
  json.incidents[0]!.care.clinicPatientsPerHour = patientsPerHour;
  const loaded = loadDrill(scenario, readWith({ [scenario]: JSON.stringify(json) }));
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  return loaded.value;
}

let nothingDone: ReturnType<typeof outcome> | undefined;
const doNothing = () => (nothingDone ??= outcome([]));

describe('food poisoning at a village banquet', () => {
  it('left alone, serves the leftovers at supper and poisons a second sitting, reaching level III', () => {
    const { physics, phases, notices, casualties } = doNothing();
    expect(physics.servedMealCount).toBe(2);
    expect(phases).toEqual(['outbreak', 'outbreakOver']);
    expect(notices).toEqual(expect.arrayContaining(['reportThreshold', 'levelIV', 'levelIII']));
    expect(casualties.injuredCount + casualties.deadCount).toBe(physics.casesCount);
  });

  it('stops new cases once the suspect food is sealed: only the lunch guests fall ill', () => {
    const sealed = outcome(seal);
    expect(sealed.phases).toEqual(['outbreak', 'traced', 'outbreakOver']);
    expect(sealed.physics.servedMealCount).toBe(1);
    expect(sealed.notices).toContain('foodSealed');
    expect(sealed.physics.casesCount).toBeLessThan(doNothing().physics.casesCount - 20);
  });

  it('loses fewer lives when medical teams come to help a clinic that cannot keep up', () => {
    const drill = withClinic(2);
    const beforeSupperS = 21_000;
    const alone = outcome([], { drill, untilS: beforeSupperS });
    const helped = outcome([
      order(3610, { type: 'dispatchUnit', by: 'weishengyuan', unit: 'wsy-medteam', to: { incident } }),
      order(3670, { type: 'requestCountySupport', by: 'command-post', force: 'medical', to: { incident } }),
    ], { drill, untilS: beforeSupperS });
    expect(alone.casualties.deadCount).toBeGreaterThan(helped.casualties.deadCount);
    expect(alone.physics.care.deadCount).toBeGreaterThanOrEqual(2);
  });

  it('runs the same on the same seed, and differently on another', () => {
    const drill = scenarioDrill(scenario);
    const run = (seed: string) => stateHash(runDrill({ drill, seed, orders: [], untilS: 7200 }).sim.snapshot());
    expect(run('a')).toBe(run('a'));
    expect(run('a')).not.toBe(run('b'));
  });

  it('does better with the reference plan than with no orders', () => {
    const planned = outcome(planOrders('scenarios/plans/demo-banquet-food-poisoning.json'));
    expect(planned.casualties.deadCount).toBeLessThanOrEqual(doNothing().casualties.deadCount);
    expect(planned.casualties.injuredCount + planned.casualties.deadCount).toBeLessThan(doNothing().casualties.injuredCount + doNothing().casualties.deadCount);
  });

  it('refuses actions of a poisoning that do not fit a food poisoning — no valve to shut, no plume to cordon — and offers none of them', () => {
    const drill = scenarioDrill(scenario);
    const sim = createSimulation(drill, drill.scenario.seed);
    sim.advance(3700);
    tellEveryone(sim, incident);
    for (const action of ['isolateSource', 'cordon', 'declareAllClear', 'doorToDoorChecks']) {
      expect(sim.dispatch({ type: 'actOnIncident', by: 'command-post', incident, action })).toMatchObject({ ok: false, reason: 'action-not-for-incident' });
    }
    const known = sim.viewOf('command-post').incidents.find((i) => i.id === incident)!;
    expect(incidentActions(sim.world, known, 'zh').map((a) => a.id)).toEqual(['sealFood']);
  });
});
