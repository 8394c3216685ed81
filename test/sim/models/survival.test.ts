import { describe, expect, it } from 'vitest';
import { trappedSurvivalProbability } from '../../../src/sim/models/survival';

describe('trappedSurvivalProbability', () => {
  it.each([
    [0, 1],
    [0.5, 0.993],
    [24, 0.81],
    [48, 0.537],
    [72, 0.367],
    [96, 0.19],
    [120, 0.074],
  ])('reproduces the Tangshan 1976 table at %f h: %f', (hours, survival) => {
    expect(trappedSurvivalProbability(hours)).toBeCloseTo(survival, 12);
  });

  it('interpolates linearly between tabulated days (day 2.5 → 45.2 %)', () => {
    expect(trappedSurvivalProbability(60)).toBeCloseTo(0.452, 12);
    expect(trappedSurvivalProbability(12.25)).toBeCloseTo((0.993 + 0.81) / 2, 12);
  });

  it('gives 99.3 % to someone freed just under 30 minutes in', () => {
    expect(trappedSurvivalProbability(0.02083 * 24)).toBeCloseTo(0.993, 4);
  });

  it('never rises the longer someone stays trapped', () => {
    let previous = 1;
    for (let hours = 0; hours <= 200; hours += 0.25) {
      const survival = trappedSurvivalProbability(hours);
      expect(survival).toBeLessThanOrEqual(previous);
      previous = survival;
    }
  });

  it('holds the day-5 value of 7.4 % after day 5', () => {
    expect(trappedSurvivalProbability(121)).toBe(0.074);
    expect(trappedSurvivalProbability(24 * 13)).toBe(0.074);
  });

  it('rejects negative, NaN and infinite times with a RangeError', () => {
    for (const bad of [-0.1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => trappedSurvivalProbability(bad)).toThrow(RangeError);
    }
  });
});
