import { describe, expect, it } from 'vitest';
import {
  broadCrestedWeirCoefficient, linearReservoirStorageM3, ratingDischargeM3s, ratingStageM, weirFlowM3s, weirVelocityMs,
} from '../../../src/sim/models/riverStage';

describe('linearReservoirStorageM3', () => {
  it('empties as e^(−t/k) with no inflow: one storage constant leaves 1/e (Nash 1957 impulse response)', () => {
    expect(linearReservoirStorageM3(1000, 0, 3600, 3600)).toBeCloseTo(1000 / Math.E, 9);
    expect(linearReservoirStorageM3(1000, 0, 3600, 7200)).toBeCloseTo(1000 / Math.E ** 2, 9);
  });

  it('settles where outflow S/k equals a steady inflow, and stays there', () => {
    expect(linearReservoirStorageM3(0, 50, 1800, 1e7)).toBeCloseTo(50 * 1800, 6);
    expect(linearReservoirStorageM3(50 * 1800, 50, 1800, 600)).toBeCloseTo(50 * 1800, 9);
  });

  it('gives the same storage in one long step as in many short ones (exact for steady inflow)', () => {
    let storage = 2e6;
    for (let i = 0; i < 60; i++) storage = linearReservoirStorageM3(storage, 300, 10_800, 60);
    expect(storage).toBeCloseTo(linearReservoirStorageM3(2e6, 300, 10_800, 3600), 3);
  });

  it('never goes below empty when more is drawn off than there is', () => {
    expect(linearReservoirStorageM3(100, -10, 3600, 3600)).toBe(0);
  });

  it('rejects a storage constant of zero and negative storage', () => {
    expect(() => linearReservoirStorageM3(1, 1, 0, 1)).toThrow(RangeError);
    expect(() => linearReservoirStorageM3(-1, 1, 10, 1)).toThrow(RangeError);
    expect(() => linearReservoirStorageM3(1, Number.NaN, 10, 1)).toThrow(RangeError);
  });
});

describe('the rating curve', () => {
  const rating = { zeroFlowStageM: 118, coefficient: 30, exponent: 5 / 3 };

  it('gives Q = C (h − h0)^β: 8 m over the zero-flow stage with β = 5/3 carries 30 × 32 = 960 m³/s', () => {
    expect(ratingDischargeM3s(126, rating)).toBeCloseTo(960, 9);
  });

  it('carries nothing at or below the zero-flow stage', () => {
    expect(ratingDischargeM3s(118, rating)).toBe(0);
    expect(ratingDischargeM3s(110, rating)).toBe(0);
  });

  it('turns a discharge back into the stage it came from', () => {
    for (const stageM of [118.5, 121, 124.5, 127.5]) expect(ratingStageM(ratingDischargeM3s(stageM, rating), rating)).toBeCloseTo(stageM, 9);
  });

  it('rises with the stage', () => {
    expect(ratingDischargeM3s(125, rating)).toBeGreaterThan(ratingDischargeM3s(124, rating));
  });

  it('rejects a negative discharge and a coefficient of zero', () => {
    expect(() => ratingStageM(-1, rating)).toThrow(RangeError);
    expect(() => ratingDischargeM3s(120, { ...rating, coefficient: 0 })).toThrow(RangeError);
  });
});

describe('weirFlowM3s', () => {
  it('uses the ideal broad-crested coefficient (2/3)^1.5 √g ≈ 1.705 (Henderson 1966)', () => {
    expect(broadCrestedWeirCoefficient).toBeCloseTo(1.705, 3);
    expect(weirFlowM3s({ upstreamM: 11, downstreamM: 0, crestM: 10, widthM: 1 })).toBeCloseTo(1.705, 3);
  });

  it('grows with the head to the power 3/2: 4 m of head through 40 m carries 1.705 × 40 × 8 ≈ 546 m³/s', () => {
    expect(weirFlowM3s({ upstreamM: 126, downstreamM: 120, crestM: 122, widthM: 40 })).toBeCloseTo(broadCrestedWeirCoefficient * 40 * 8, 9);
  });

  it('is cut by Villemonte’s factor (1 − (H2/H1)^1.5)^0.385 once the water behind rises over the crest', () => {
    const free = weirFlowM3s({ upstreamM: 12, downstreamM: 9, crestM: 10, widthM: 5 });
    const drowned = weirFlowM3s({ upstreamM: 12, downstreamM: 11, crestM: 10, widthM: 5 });
    expect(drowned / free).toBeCloseTo((1 - 0.5 ** 1.5) ** 0.385, 12);
  });

  it('stops when the river is below the crest or the water behind is as high', () => {
    expect(weirFlowM3s({ upstreamM: 9.9, downstreamM: 0, crestM: 10, widthM: 50 })).toBe(0);
    expect(weirFlowM3s({ upstreamM: 12, downstreamM: 12, crestM: 10, widthM: 50 })).toBe(0);
  });

  it('gives critical velocity √(2gH/3) over the crest', () => {
    expect(weirVelocityMs(1.5)).toBeCloseTo(Math.sqrt(9.80665), 9);
  });

  it('rejects a negative width', () => {
    expect(() => weirFlowM3s({ upstreamM: 12, downstreamM: 0, crestM: 10, widthM: -1 })).toThrow(RangeError);
  });
});
