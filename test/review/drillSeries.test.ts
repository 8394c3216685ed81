import { describe, expect, it } from 'vitest';
import { runDrill } from '../../src/cli/runDrill.ts';
import { drillSeries, sampleStepS } from '../../src/review/drillSeries.ts';
import { scenarioDrill } from '../support/demoDrill.ts';
import { planOrders, runDemoPlan } from '../support/demoPlan.ts';

describe('the review’s curves', { timeout: 60_000 }, () => {
  it('count the people moved out, rising to the total the drill ended with', () => {
    const { sim } = runDemoPlan({ seed: 'series' });
    const record = sim.record();
    const series = drillSeries(sim.world.drill, record, 300);
    const end = sim.snapshot();
    expect(series.timesS[0]).toBe(0);
    expect(series.timesS.at(-1)).toBe(record.endS);
    expect(series.timesS.slice(0, 3)).toEqual([0, 300, 600]);
    expect(series.movedCount[0]).toBe(0);
    expect(series.movedCount.at(-1)).toBe(end.villages.reduce((n, v) => n + v.movedCount, 0));
    expect(series.movedCount.at(-1)).toBeGreaterThan(0);
    for (let i = 1; i < series.movedCount.length; i++) expect(series.movedCount[i]).toBeGreaterThanOrEqual(series.movedCount[i - 1]!);
    for (let i = 0; i < series.movedCount.length; i++) expect(series.movedVulnerableCount[i]).toBeLessThanOrEqual(series.movedCount[i]!);
  });

  it('count the dead and injured as the incidents claimed them, ending at the drill’s toll', () => {
    const drill = scenarioDrill('scenarios/demo-market-gas-leak.json');
    const { sim } = runDrill({ drill, seed: drill.scenario.seed, orders: [], untilS: drill.scenario.durationS });
    const record = sim.record();
    const series = drillSeries(drill, record);
    const toll = sim.snapshot().casualties;
    expect(series.deadCount.at(-1)).toBe(toll.deadCount);
    expect(series.injuredCount.at(-1)).toBe(toll.injuredCount);
    expect(series.missingCount.at(-1)).toBe(toll.missingCount);
    expect(toll.deadCount + toll.injuredCount).toBeGreaterThan(0);
    const firstHarmS = record.events.find((e) => e.type === 'incident.casualties')!.timeS;
    series.timesS.forEach((t, i) => { if (t < firstHarmS) expect(series.deadCount[i]! + series.injuredCount[i]!).toBe(0); });
    const planned = runDrill({ drill, seed: drill.scenario.seed, orders: planOrders('scenarios/plans/demo-market-gas-leak.json'), untilS: drill.scenario.durationS }).sim;
    expect(drillSeries(drill, planned.record()).injuredCount.at(-1)).toBe(planned.snapshot().casualties.injuredCount);
  });

  it('samples a long drill every few minutes, never finer than a minute', () => {
    expect(sampleStepS(600)).toBe(60);
    expect(sampleStepS(43_200)).toBe(180);
    expect(43_200 / sampleStepS(43_200)).toBeLessThanOrEqual(240);
    const { sim } = runDemoPlan();
    expect(() => drillSeries(sim.world.drill, sim.record(), 0)).toThrow(/step must be positive/);
  });
});
