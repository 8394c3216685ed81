import { describe, expect, it } from 'vitest';
import { runDrill } from '../../../src/cli/runDrill.ts';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { createSimulation } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { heatOfCombustionMjKg, tntEquivalentKg } from '../../../src/sim/incidents/explosion/blastPhysics.ts';
import { ExplosionSpec } from '../../../src/sim/incidents/explosion/explosionSpec.ts';
import { tellEveryone, withEveryoneTold } from '../../support/toldEveryone.ts';

const scenario = 'scenarios/demo-market-gas-leak.json';
const plan = () => planOrders('scenarios/plans/demo-market-gas-leak.json');

function outcome(orders: TimedOrder[], seed?: string) {
  const drill = scenarioDrill(scenario);
  const { sim } = runDrill({ drill, seed: seed ?? drill.scenario.seed, orders: withEveryoneTold(drill, orders), untilS: drill.scenario.durationS });
  const incident = sim.snapshot().incidents[0]!;
  return { phases: incident.phaseHistory.map((p) => p.phase), casualties: incident.casualties, sim };
}

const only = (types: string[]) => plan().filter((o) => o.order.type !== 'actOnIncident' || types.includes((o.order as { action: string }).action));

describe('a gas leak at the market', () => {
  it('left alone, finds a spark and blows up, hurting the people around it', () => {
    const { phases, casualties } = outcome([]);
    expect(phases).toEqual(['leaking', 'blast', 'aftermath']);
    expect(casualties.injuredCount).toBeGreaterThan(0);
  });

  it('is averted when the valve is shut, the site cleared, the power cut and the air let in', () => {
    const { phases, casualties } = outcome(plan());
    expect(phases).toEqual(['leaking', 'averted']);
    expect(casualties).toEqual({ deadCount: 0, injuredCount: 0, seriousInjuredCount: 0, missingCount: 0 });
  });

  it('hurts fewer people when the site is cleared and cordoned, even if the valve stays open', () => {
    let nothingTotal = 0;
    let clearedTotal = 0;
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'shifan-2026-market']) {
      const nothing = outcome([], seed).casualties.injuredCount;
      const cleared = outcome(only(['evacuateSite', 'cordon']), seed).casualties.injuredCount;
      expect(cleared, `seed ${seed}: a blast before the police arrive hurts as many, never more`).toBeLessThanOrEqual(nothing);
      nothingTotal += nothing;
      clearedTotal += cleared;
    }
    expect(clearedTotal).toBeLessThan(nothingTotal / 2);
  });

  it('tells the police station of the leak two minutes after it starts', () => {
    const { sim } = outcome([]);
    expect(sim.record().events.find((e) => e.type === 'incident.discovered')).toMatchObject({ incident: 'market-lpg-leak', by: 'paichusuo', timeS: 120 });
  });
});

describe('acting on an incident', () => {
  const drill = () => scenarioDrill(scenario);
  const order = (action: string, unit?: string) => ({ type: 'actOnIncident', by: 'command-post', incident: 'market-lpg-leak', action, ...(unit ? { unit } : {}) });

  it('needs a unit on scene that can do it', () => {
    const sim = createSimulation(drill());
    tellEveryone(sim, 'market-lpg-leak');
    expect(sim.dispatch(order('closeValve'))).toMatchObject({ ok: false, reason: 'action-needs-unit' });
    expect(sim.dispatch(order('closeValve', 'scjg-team'))).toMatchObject({ ok: false, reason: 'unit-not-on-scene' });
    sim.dispatch({ type: 'dispatchUnit', by: 'command-post', unit: 'pcs-car-1', to: { incident: 'market-lpg-leak' } });
    sim.advance(600);
    expect(sim.dispatch(order('closeValve', 'pcs-car-1'))).toMatchObject({ ok: false, reason: 'unit-lacks-capability' });
    expect(sim.dispatch(order('cordon', 'pcs-car-1'))).toMatchObject({ ok: true });
  });

  it('refuses an action the factor does not have, and an incident that does not exist', () => {
    const sim = createSimulation(drill());
    tellEveryone(sim, 'market-lpg-leak');
    expect(sim.dispatch(order('pray'))).toMatchObject({ ok: false, reason: 'unknown-action' });
    expect(sim.dispatch({ ...order('cordon'), incident: 'nothing' })).toMatchObject({ ok: false, reason: 'unknown-incident' });
  });

  it('refuses acting on an incident that is over', () => {
    const { sim } = outcome(plan());
    expect(sim.dispatch(order('cordon', 'pcs-car-1'))).toMatchObject({ ok: false, reason: 'incident-not-active' });
  });
});

describe('a vapour cloud at a chemical plant', () => {
  const spec = () => JSON.parse(JSON.stringify(scenarioDrill(scenario).scenario.incidents[0])) as Record<string, unknown>;

  it('takes the vapour’s own heat of combustion, so a kilogram of hydrogen is worth more TNT than one of LPG', () => {
    expect(tntEquivalentKg(10, 120, 0.03)).toBeCloseTo((0.03 * 10 * 120) / 4.68, 9);
    expect(tntEquivalentKg(10, 120, 0.03)).toBeGreaterThan(tntEquivalentKg(10, heatOfCombustionMjKg.lpg, 0.03));
  });

  it('must say its heat of combustion, and only then', () => {
    expect(ExplosionSpec.safeParse({ ...spec(), gas: 'other' }).success).toBe(false);
    expect(ExplosionSpec.safeParse({ ...spec(), gas: 'other', heatOfCombustionMjKg: 45.8 }).success).toBe(true);
    expect(ExplosionSpec.safeParse({ ...spec(), heatOfCombustionMjKg: 45.8 }).success).toBe(false);
  });
});
