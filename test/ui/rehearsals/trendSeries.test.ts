// The trend chart's data: one point per rehearsal, oldest first, the total and each capability in percent, and a
// gap where a capability did not apply.
import { describe, expect, it } from 'vitest';
import { compareRehearsals } from '../../../src/rehearsals/compareRehearsals.ts';
import { trendSeries } from '../../../src/ui/rehearsals/trendChart.ts';
import { demoRehearsal, marketScenario } from '../../support/demoRehearsal.ts';

describe('the trend chart of a scenario’s rehearsals', () => {
  it('plots the total and every capability in percent, leaving a gap where a capability did not apply', () => {
    const comparison = compareRehearsals(marketScenario, [
      demoRehearsal({ id: 'planned', withPlan: true, finishedAt: '2026-11-09T09:00:00.000Z' }),
      demoRehearsal({ id: 'idle', withPlan: false, finishedAt: '2026-11-02T09:00:00.000Z' }),
    ]);
    const [x, total, ...capabilities] = trendSeries(comparison);
    expect(x).toEqual([0, 1]);
    expect(total).toEqual(comparison.totals);
    expect(capabilities).toHaveLength(comparison.capabilities.length);
    comparison.capabilities.forEach((c, i) => {
      expect(capabilities[i]).toEqual(c.cells.map((cell) => (cell.share === null ? null : Math.round(cell.share * 1000) / 10)));
    });
    expect(capabilities.some((line) => line.includes(null))).toBe(true);
    expect(capabilities.some((line) => line[1] === 100)).toBe(true);
  });
});
