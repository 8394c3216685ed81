import { describe, expect, it } from 'vitest';
import type { Drill, TimedOrder } from '../../../src/sim/index.ts';
import { createSimulation } from '../../../src/sim/index.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import { drillWithLedger } from '../../../src/sim/ledger/drillWithHazards.ts';
import { hazardCosts } from '../../../src/sim/ledger/hazardCost.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { demoLedger } from '../../support/demoLedger.ts';

function withLedger(drill: Drill): Drill {
  const { ledger, effects } = demoLedger();
  const patched = drillWithLedger(drill, ledger.items, effects);
  if (!patched.ok) throw new Error(JSON.stringify(patched.problems));
  return patched.value;
}

function outcome(drill: Drill, orders: TimedOrder[]) {
  const run = runDrill({ drill, seed: drill.scenario.seed, orders, untilS: drill.scenario.durationS });
  const phases = new Map<string, number>();
  for (const e of run.sim.record().events) if (e.type === 'incident.phaseChanged' && !phases.has(e.to)) phases.set(e.to, e.timeS);
  const { casualties } = run.sim.snapshot();
  return { hurt: casualties.deadCount + casualties.injuredCount, dead: casualties.deadCount, phases, record: run.sim.record() };
}

const cases = [
  { scenario: 'demo-elder-home-fire', hazard: 'YH-2026-001', withPlan: true },
  { scenario: 'demo-river-flood', hazard: 'YH-2026-006', withPlan: false },
  { scenario: 'demo-market-gas-leak', hazard: 'YH-2026-020', withPlan: false },
  { scenario: 'demo-s215-bus-crash', hazard: 'YH-2026-012', withPlan: true },
] as const;

describe('an open hazard changes the drill where it lies', () => {
  for (const c of cases) {
    it(`${c.hazard} is applied to ${c.scenario} and recorded in its drill record`, () => {
      const drill = withLedger(scenarioDrill(`scenarios/${c.scenario}.json`));
      expect(drill.hazards?.map((h) => h.hazard)).toEqual([c.hazard]);
      expect(createSimulation(drill).record().hazards?.map((h) => h.hazard)).toEqual([c.hazard]);
    });
  }

  it('blocked fire exits at the elder home leave more residents hurt when nobody responds, on the same seed', () => {
    const plain = scenarioDrill('scenarios/demo-elder-home-fire.json');
    expect(outcome(withLedger(plain), []).hurt).toBeGreaterThan(outcome(plain, []).hurt);
  });

  it('the unmaintained dike section breaches sooner when nobody responds', () => {
    const plain = scenarioDrill('scenarios/demo-river-flood.json');
    const without = outcome(plain, []).phases.get('breached') ?? Infinity;
    const withIt = outcome(withLedger(plain), []).phases.get('breached');
    expect(withIt).toBeDefined();
    expect(withIt!).toBeLessThan(without);
  });

  it('the unlicensed LPG bank at the market makes a bigger cloud that hurts more people when nobody responds', () => {
    const plain = scenarioDrill('scenarios/demo-market-gas-leak.json');
    const without = outcome(plain, []);
    const withIt = outcome(withLedger(plain), []);
    expect(withIt.phases.get('blast')).toBeLessThanOrEqual(without.phases.get('blast') ?? Infinity);
    expect(withIt.hurt).toBeGreaterThan(without.hurt);
  });

  it('the missing guardrail on the S215 bend makes the crash deadlier on the same seed and plan', () => {
    const plain = scenarioDrill('scenarios/demo-s215-bus-crash.json');
    const orders = planOrders('scenarios/plans/demo-s215-bus-crash.json');
    expect(outcome(withLedger(plain), orders).dead).toBeGreaterThan(outcome(plain, orders).dead);
  });

  it('a drill without open hazards where it lies is the same drill', () => {
    const plain = scenarioDrill('scenarios/demo-temple-fair-crush.json');
    const drill = withLedger(plain);
    expect(drill.hazards).toEqual([]);
    expect(drill.scenario).toEqual(plain.scenario);
  });

  it('the review cites what the open dike section cost, measured against the same seed without it', () => {
    const drill = withLedger(scenarioDrill('scenarios/demo-river-flood.json'));
    const [cost] = hazardCosts(scenarioDrill('scenarios/demo-river-flood.json'), outcome(drill, []).record, demoLedger().effects);
    expect(cost?.hazard).toBe('YH-2026-006');
    expect(cost?.phase).toBe('breached');
    expect((cost?.phaseSoonerMin ?? 0) > 0 || cost?.phaseOnlyWithHazard).toBe(true);
  });
});
