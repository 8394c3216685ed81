import { describe, expect, it } from 'vitest';
import type { CaseRates, HeatCaseCounts } from '../../../src/sim/incidents/heat/heatCases.ts';
import { noCases, stepCases } from '../../../src/sim/incidents/heat/heatCases.ts';

/** Chance without noise: every trial with probability 1 comes true, the rest by the expected number rounded down. */
const expected = (n: number, p: number) => Math.floor(n * p + 1e-9);
const rates: CaseRates = {
  onsetPerHour: 0, strokeShareOfOnset: 0, toStrokeMeanS: 3600, strokeDeathMeanS: 3600, treatedStrokeFatality: 0, findChance: 0, coolingCapacity: 0,
};
const withCases = (over: Partial<HeatCaseCounts>): HeatCaseCounts => ({ ...noCases(100), ...over });

describe('the course of heat illness in a group', () => {
  it('starts new cases among the healthy at the hourly rate, some as heatstroke', () => {
    const { counts, toll } = stepCases(noCases(1000), { ...rates, onsetPerHour: -Math.log(0.9), strokeShareOfOnset: 0.1 }, 3600, expected);
    expect(counts.caseCount).toBe(100);
    expect(counts.strokeUnfoundCount).toBe(10);
    expect(counts.mildUnfoundCount).toBe(90);
    expect(toll).toEqual({ injuredCount: 100, seriousInjuredCount: 10, deadCount: 0 });
  });

  it('lets heatstroke nobody cools kill, moving each death out of the injured', () => {
    const { counts, toll } = stepCases(withCases({ strokeUnfoundCount: 10, strokeCount: 10, caseCount: 10 }), { ...rates, strokeDeathMeanS: 1 }, 60, expected);
    expect(counts.deadCount).toBe(10);
    expect(toll).toEqual({ injuredCount: -10, seriousInjuredCount: -10, deadCount: 10 });
  });

  it('turns heat exhaustion nobody has found into heatstroke, but not once it is found', () => {
    const unfound = stepCases(withCases({ mildUnfoundCount: 10, caseCount: 10 }), { ...rates, toStrokeMeanS: 1 }, 60, expected);
    expect(unfound.counts.strokeUnfoundCount).toBe(10);
    expect(unfound.toll.seriousInjuredCount).toBe(10);
    const found = stepCases(withCases({ mildFoundCount: 10, caseCount: 10 }), { ...rates, toStrokeMeanS: 1 }, 60, expected);
    expect(found.counts.strokeCount).toBe(0);
  });

  it('cools no more heatstroke patients than the crews on scene can take, and only those found', () => {
    const start = withCases({ strokeFoundCount: 5, strokeUnfoundCount: 3, strokeCount: 8, caseCount: 8 });
    const { counts, cooledCount } = stepCases(start, { ...rates, strokeDeathMeanS: 1e9, coolingCapacity: 2.7 }, 60, expected);
    expect(cooledCount).toBe(2);
    expect(counts.treatedCount).toBe(2);
    expect(counts.strokeFoundCount).toBe(3);
    expect(counts.strokeUnfoundCount).toBe(3);
  });

  it('loses a share of cooled patients all the same', () => {
    const { counts } = stepCases(withCases({ strokeFoundCount: 10, strokeCount: 10, caseCount: 10 }), { ...rates, strokeDeathMeanS: 1e9, coolingCapacity: 10, treatedStrokeFatality: 0.2 }, 60, expected);
    expect(counts).toMatchObject({ treatedCount: 8, deadCount: 2 });
  });

  it('keeps everyone counted: the group’s size never changes', () => {
    let counts = noCases(500);
    const draw = (n: number, p: number) => Math.round(n * p);
    for (let minute = 0; minute < 600; minute++) {
      counts = stepCases(counts, { ...rates, onsetPerHour: 0.05, strokeShareOfOnset: 0.1, findChance: 0.05, coolingCapacity: 0.3, treatedStrokeFatality: 0.05 }, 60, draw).counts;
      const { healthyCount, mildUnfoundCount, mildFoundCount, strokeUnfoundCount, strokeFoundCount, treatedCount, deadCount } = counts;
      expect(healthyCount + mildUnfoundCount + mildFoundCount + strokeUnfoundCount + strokeFoundCount + treatedCount + deadCount).toBe(500);
    }
  });
});
