import { describe, expect, it } from 'vitest';
import { buriedSurvivalProbability, hazardMultiplierFor } from '../../../src/sim/models/burialSurvival';

describe('buriedSurvivalProbability', () => {
  it.each([
    [0.5, 0.993],
    [24, 0.81],
    [48, 0.537],
    [72, 0.367],
    [120, 0.074],
  ])('with the Tangshan hazard (m = 1) reproduces the table at %f h: %f', (hours, survival) => {
    expect(buriedSurvivalProbability(hours, 1)).toBeCloseTo(survival, 12);
  });

  it('squares the survival when the hazard doubles (day 1: 81 % → 65.6 %)', () => {
    expect(buriedSurvivalProbability(24, 2)).toBeCloseTo(0.81 ** 2, 12);
    expect(buriedSurvivalProbability(24, 2)).toBeCloseTo(0.6561, 4);
  });

  it('leaves fewer than half of those buried without a void alive within 2–6 h at m = 20 (Noji; Coburn et al.)', () => {
    expect(buriedSurvivalProbability(2, 20)).toBeGreaterThan(0.5);
    expect(buriedSurvivalProbability(6, 20)).toBeLessThan(0.5);
    expect(buriedSurvivalProbability(4, 20)).toBeCloseTo(0.4976, 3);
  });

  it('gives everyone alive at the moment of collapse, and no hazard means no deaths', () => {
    expect(buriedSurvivalProbability(0, 20)).toBe(1);
    expect(buriedSurvivalProbability(30, 0)).toBe(1);
  });

  it('never rises with time, and is lower the deeper the burial', () => {
    for (let hours = 0; hours <= 130; hours += 0.5) {
      expect(buriedSurvivalProbability(hours + 0.5, 3)).toBeLessThanOrEqual(buriedSurvivalProbability(hours, 3));
      expect(buriedSurvivalProbability(hours, 20)).toBeLessThanOrEqual(buriedSurvivalProbability(hours, 1));
    }
  });

  it('rejects negative or non-finite times and multipliers with a RangeError', () => {
    for (const [hours, m] of [[-1, 1], [1, -0.5], [Number.NaN, 1], [1, Number.POSITIVE_INFINITY]] as const) {
      expect(() => buriedSurvivalProbability(hours, m)).toThrow(RangeError);
    }
  });
});

describe('hazardMultiplierFor', () => {
  it('finds the multiplier that puts survival at a given value, and is the inverse of the survival', () => {
    const m = hazardMultiplierFor(4, 0.5);
    expect(m).toBeCloseTo(19.5, 0);
    expect(buriedSurvivalProbability(4, m)).toBeCloseTo(0.5, 12);
    expect(hazardMultiplierFor(24, 0.81)).toBeCloseTo(1, 12);
  });

  it('refuses a survival outside (0, 1] and the instant of collapse, when nothing has fallen yet', () => {
    expect(() => hazardMultiplierFor(4, 0)).toThrow(RangeError);
    expect(() => hazardMultiplierFor(4, 1.2)).toThrow(RangeError);
    expect(() => hazardMultiplierFor(0, 0.5)).toThrow(RangeError);
  });
});
