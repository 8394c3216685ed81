import { describe, expect, it } from 'vitest';
import { runDrill } from '../../../src/cli/runDrill.ts';
import { noResponseBaseline, referencePlanRun, scoreDrill, scoreRecord } from '../../../src/sim/index.ts';
import { referencePlanOf, scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';

const path = 'scenarios/demo-market-gas-leak.json';

describe('scoring a record with its no-response baseline', { timeout: 120_000 }, () => {
  const drill = scenarioDrill(path);
  const referencePlan = referencePlanOf(drill);
  const planned = runDrill({ drill, seed: 'review-seed', orders: planOrders('scenarios/plans/demo-market-gas-leak.json'), untilS: drill.scenario.durationS }).sim.record();

  it('runs the baseline on the record’s seed to the record’s end, with no order given', () => {
    const baseline = noResponseBaseline(drill, planned);
    expect(baseline.seed).toBe('review-seed');
    expect(baseline.endS).toBe(planned.endS);
    expect(baseline.orders).toEqual([]);
    const leftAlone = runDrill({ drill, seed: 'review-seed', orders: [], untilS: planned.endS }).sim.record();
    expect(baseline.events).toEqual(leftAlone.events);
  });

  it('scores exactly as the rubric does against that baseline, and the same record always alike', () => {
    const expected = scoreDrill({ drill, record: planned, rubric: drill.rubric, baseline: noResponseBaseline(drill, planned), plan: referencePlanRun(drill, planned, referencePlan)! });
    expect(scoreRecord(drill, planned, referencePlan)).toEqual(expected);
    expect(scoreRecord(drill, structuredClone(planned), referencePlan)).toEqual(expected);
  });

  it('weighs the outcome against the scenario’s reference plan on the same seed: the plan earns it all, doing nothing none', () => {
    // On the scenario's own seed the leak ignites when left alone, so the plan has lives to save.
    const run = (orders: ReturnType<typeof planOrders>) => runDrill({ drill, seed: drill.scenario.seed, orders, untilS: drill.scenario.durationS }).sim.record();
    const againstPlan = (record: typeof planned) => scoreRecord(drill, record, referencePlan).capabilities.flatMap((c) => c.items).find((i) => i.id === 'against-plan')!;
    const withPlan = run(planOrders('scenarios/plans/demo-market-gas-leak.json'));
    expect(referencePlanRun(drill, withPlan, referencePlan)!.events).toEqual(withPlan.events);
    expect(againstPlan(withPlan)).toMatchObject({ applicable: true, earned: 14, possible: 14 });
    expect(againstPlan(run([]))).toMatchObject({ applicable: true, earned: 0 });
  });

  it('does not judge the outcome against a plan the scenario does not have', () => {
    const item = scoreRecord(drill, planned, null).capabilities.flatMap((c) => c.items).find((i) => i.id === 'against-plan')!;
    expect(item.applicable).toBe(false);
  });

  it('scores a drill run to its reference plan above the same drill left alone', () => {
    const idle = runDrill({ drill, seed: 'review-seed', orders: [], untilS: drill.scenario.durationS }).sim.record();
    const good = scoreRecord(drill, planned, referencePlan);
    const bad = scoreRecord(drill, idle, referencePlan);
    expect(good.total).toBeGreaterThan(bad.total);
    expect(bad.conclusion).toBe('fail');
  });
});
