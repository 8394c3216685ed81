import { describe, expect, it } from 'vitest';
import { chanceWithin, GARZON_VILLALBA_RISK_RATIO_PER_C, heatIllnessPerHour } from '../../../src/sim/models/heatIllnessRisk';

const exposure = { wbgtC: 30, limitC: 26, atLimitPerHour: 0.001, riskRatioPerC: GARZON_VILLALBA_RISK_RATIO_PER_C, onsetWbgtC: 20 };

describe('heatIllnessPerHour', () => {
  it('equals the stated rate at the limit', () => {
    expect(heatIllnessPerHour({ ...exposure, wbgtC: 26 })).toBeCloseTo(0.001, 12);
  });

  it('rises 40 % per °C of WBGT (Garzon-Villalba et al. 2016, RR 1.40/°C)', () => {
    expect(heatIllnessPerHour({ ...exposure, wbgtC: 27 }) / heatIllnessPerHour({ ...exposure, wbgtC: 26 })).toBeCloseTo(1.4, 10);
    expect(heatIllnessPerHour(exposure)).toBeCloseTo(0.001 * 1.4 ** 4, 12);
  });

  it('is zero below the onset WBGT and falls below the limit above it', () => {
    expect(heatIllnessPerHour({ ...exposure, wbgtC: 19.9 })).toBe(0);
    expect(heatIllnessPerHour({ ...exposure, wbgtC: 24 })).toBeLessThan(0.001);
  });

  it('rejects a negative rate, a ratio of zero and NaN', () => {
    expect(() => heatIllnessPerHour({ ...exposure, atLimitPerHour: -0.1 })).toThrow(RangeError);
    expect(() => heatIllnessPerHour({ ...exposure, riskRatioPerC: 0 })).toThrow(RangeError);
    expect(() => heatIllnessPerHour({ ...exposure, wbgtC: Number.NaN })).toThrow(RangeError);
  });
});

describe('chanceWithin', () => {
  it('is 1 − exp(−λt): a rate of 1 per hour gives 63.2 % within the hour', () => {
    expect(chanceWithin(1, 3600)).toBeCloseTo(1 - Math.exp(-1), 12);
  });

  it('compounds exactly: sixty one-minute steps at a constant rate equal one hour', () => {
    const survivalOfSteps = (1 - chanceWithin(0.5, 60)) ** 60;
    expect(1 - survivalOfSteps).toBeCloseTo(chanceWithin(0.5, 3600), 12);
  });

  it('rejects a negative rate or time', () => {
    expect(() => chanceWithin(-1, 60)).toThrow(RangeError);
    expect(() => chanceWithin(1, -60)).toThrow(RangeError);
  });
});
