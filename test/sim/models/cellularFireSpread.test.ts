import { describe, expect, it } from 'vitest';
import {
  ALEXANDRIDIS_P_DEN, ALEXANDRIDIS_P_H, ALEXANDRIDIS_P_VEG, alexandridisBurnProbability, alexandridisSlopeFactor,
} from '../../../src/sim/models/cellularFireSpread';
import { alexandridisWindFactor } from '../../../src/sim/models/grassFire';

const flatCalm = { windFactor: 1, slopeFactor: 1 };
const rise = (deg: number, runM = 100) => Math.tan((deg * Math.PI) / 180) * runM;

describe('alexandridisSlopeFactor', () => {
  it('speeds spread 2.18 times up a 10° slope and slows it as much down one (a = 0.078 per degree)', () => {
    expect(alexandridisSlopeFactor(rise(10), 100)).toBeCloseTo(Math.exp(0.78), 6);
    expect(alexandridisSlopeFactor(rise(10), 100)).toBeCloseTo(2.1815, 4);
    expect(alexandridisSlopeFactor(-rise(10), 100)).toBeCloseTo(1 / 2.1815, 4);
  });

  it('is 1 on the flat and uses the run between the cells, so a diagonal neighbour is less steep', () => {
    expect(alexandridisSlopeFactor(0, 100)).toBe(1);
    expect(alexandridisSlopeFactor(10, 100 * Math.SQRT2)).toBeLessThan(alexandridisSlopeFactor(10, 100));
  });

  it('refuses a run that is not above 0 and non-finite heights', () => {
    expect(() => alexandridisSlopeFactor(5, 0)).toThrow(RangeError);
    expect(() => alexandridisSlopeFactor(Number.NaN, 100)).toThrow(RangeError);
  });
});

describe('alexandridisBurnProbability', () => {
  it('is p_h = 0.58 for thickets of normal density on flat ground in calm air (Spetses 1990 fit)', () => {
    expect(ALEXANDRIDIS_P_H).toBe(0.58);
    expect(alexandridisBurnProbability({ pVeg: ALEXANDRIDIS_P_VEG.thickets, pDen: ALEXANDRIDIS_P_DEN.normal, ...flatCalm })).toBeCloseTo(0.58, 10);
  });

  it('uses the paper’s vegetation and density corrections: sparse farmland burns at 0.58 × 0.7 × 0.6', () => {
    expect(ALEXANDRIDIS_P_VEG).toEqual({ agricultural: -0.3, thickets: 0, hallepo: 0.4 });
    expect(ALEXANDRIDIS_P_DEN).toEqual({ sparse: -0.4, normal: 0, dense: 0.3 });
    expect(alexandridisBurnProbability({ pVeg: -0.3, pDen: -0.4, ...flatCalm })).toBeCloseTo(0.2436, 6);
  });

  it('burns faster downwind than upwind, with the published wind factor', () => {
    const downwind = alexandridisBurnProbability({ pVeg: -0.3, pDen: 0, windFactor: alexandridisWindFactor(10, 0), slopeFactor: 1 });
    const upwind = alexandridisBurnProbability({ pVeg: -0.3, pDen: 0, windFactor: alexandridisWindFactor(10, 180), slopeFactor: 1 });
    expect(downwind).toBeCloseTo(0.58 * 0.7 * 1.5683, 3);
    expect(upwind).toBeCloseTo(0.58 * 0.7 * 0.1142, 3);
  });

  it('never passes 1, however strong the wind and steep the slope', () => {
    expect(alexandridisBurnProbability({ pVeg: 0.4, pDen: 0.3, windFactor: alexandridisWindFactor(10, 0), slopeFactor: alexandridisSlopeFactor(rise(20), 100) })).toBe(1);
  });

  it('refuses corrections below −1 and negative factors', () => {
    expect(() => alexandridisBurnProbability({ pVeg: -1.5, pDen: 0, ...flatCalm })).toThrow(RangeError);
    expect(() => alexandridisBurnProbability({ pVeg: 0, pDen: 0, windFactor: -1, slopeFactor: 1 })).toThrow(RangeError);
  });
});
