import { describe, expect, it } from 'vitest';
import { runDrill } from '../../../src/cli/runDrill.ts';
import { noResponseBaseline, scoreDrill, scoreRecord } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';

const path = 'scenarios/demo-market-gas-leak.json';

describe('scoring a record with its no-response baseline', { timeout: 120_000 }, () => {
  const drill = scenarioDrill(path);
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
    const expected = scoreDrill({ drill, record: planned, rubric: drill.rubric, baseline: noResponseBaseline(drill, planned) });
    expect(scoreRecord(drill, planned)).toEqual(expected);
    expect(scoreRecord(drill, structuredClone(planned))).toEqual(expected);
  });

  it('scores a drill run to its reference plan above the same drill left alone', () => {
    const idle = runDrill({ drill, seed: 'review-seed', orders: [], untilS: drill.scenario.durationS }).sim.record();
    const good = scoreRecord(drill, planned);
    const bad = scoreRecord(drill, idle);
    expect(good.total).toBeGreaterThan(bad.total);
    expect(bad.conclusion).toBe('fail');
  });
});
