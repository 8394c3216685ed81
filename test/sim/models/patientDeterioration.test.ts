import { describe, expect, it } from 'vitest';
import { medianTimeToWorsenS, stillStableShare, worseningProbability } from '../../../src/sim/models/patientDeterioration';

const hour = { meanTimeToWorsenS: 3600 };

describe('worseningProbability', () => {
  it('gives 1 − 1/e (63.2 %) over one mean time, the exponential model’s defining point', () => {
    expect(worseningProbability(hour, 3600)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(worseningProbability(hour, 3600)).toBeCloseTo(0.632121, 6);
  });

  it('gives one half at the median time τ ln 2', () => {
    expect(worseningProbability(hour, 3600 * Math.LN2)).toBeCloseTo(0.5, 12);
    expect(medianTimeToWorsenS(hour)).toBeCloseTo(2495.33, 2);
  });

  it('compounds 360 ten-second steps exactly into one hour (memoryless)', () => {
    let stable = 1;
    for (let i = 0; i < 360; i++) stable *= 1 - worseningProbability(hour, 10);
    expect(stable).toBeCloseTo(stillStableShare(hour, 3600), 12);
    expect(stable).toBeCloseTo(Math.exp(-1), 12);
  });

  it('slows with care: half the hazard doubles the median time and gives 1 − e^−0.5 in an hour', () => {
    expect(worseningProbability({ ...hour, careFactor: 0.5 }, 3600)).toBeCloseTo(1 - Math.exp(-0.5), 12);
    expect(medianTimeToWorsenS({ ...hour, careFactor: 0.5 })).toBeCloseTo(2 * medianTimeToWorsenS(hour), 9);
  });

  it('stops under definitive care (care factor 0)', () => {
    expect(worseningProbability({ ...hour, careFactor: 0 }, 86_400)).toBe(0);
    expect(medianTimeToWorsenS({ ...hour, careFactor: 0 })).toBe(Infinity);
  });

  it('is 0 for a step of no length and never falls as the step grows', () => {
    expect(worseningProbability(hour, 0)).toBe(0);
    let previous = 0;
    for (let dt = 0; dt <= 20_000; dt += 250) {
      const p = worseningProbability(hour, dt);
      expect(p).toBeGreaterThanOrEqual(previous);
      expect(p).toBeLessThan(1);
      previous = p;
    }
  });

  it('rejects a mean time of 0 or less, a negative care factor and a negative or non-finite step', () => {
    expect(() => worseningProbability({ meanTimeToWorsenS: 0 }, 10)).toThrow(RangeError);
    expect(() => worseningProbability({ meanTimeToWorsenS: -5 }, 10)).toThrow(RangeError);
    expect(() => worseningProbability({ ...hour, careFactor: -0.1 }, 10)).toThrow(RangeError);
    expect(() => worseningProbability(hour, -1)).toThrow(RangeError);
    expect(() => worseningProbability(hour, Number.NaN)).toThrow(RangeError);
    expect(() => stillStableShare(hour, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
