import { describe, expect, it } from 'vitest';
import { briggsRuralSigmas, plumeConcentrationGm3 } from '../../../src/sim/models/plume';
import type { PlumeQuery, StabilityClass } from '../../../src/sim/models/plume';

const CLASSES: StabilityClass[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/** SO₂ stack of the Crowl & Louvar-type example: 80 g/s, 60 m effective height, 6 m/s, class D. */
const stack: PlumeQuery = { emissionGs: 80, windMs: 6, sourceHeightM: 60, stabilityClass: 'D', xM: 500, yM: 0, zM: 0 };

describe('briggsRuralSigmas', () => {
  it.each<[StabilityClass, number, number]>([
    ['A', 209.76177, 200],
    ['B', 152.55401, 120],
    ['C', 104.88088, 73.02967],
    ['D', 76.27701, 37.94733],
    ['E', 57.20776, 23.07692],
    ['F', 38.13850, 12.30769],
  ])('matches the Briggs open-country table for class %s at 1 km', (stabilityClass, sigmaYM, sigmaZM) => {
    const sigmas = briggsRuralSigmas(1000, stabilityClass);
    expect(sigmas.sigmaYM).toBeCloseTo(sigmaYM, 4);
    expect(sigmas.sigmaZM).toBeCloseTo(sigmaZM, 4);
  });

  it('matches GasDispersion.jl’s CCPS test at 1.2 m in class A, outside the fitted range', () => {
    const sigmas = briggsRuralSigmas(1.2, 'A');
    expect(Math.abs(sigmas.sigmaYM / 0.2639841614254575 - 1)).toBeLessThan(1e-9);
    expect(Math.abs(sigmas.sigmaZM / 0.24 - 1)).toBeLessThan(1e-9);
  });

  it('gives σy 39.04 m and σz 22.68 m at 500 m in class D', () => {
    const sigmas = briggsRuralSigmas(500, 'D');
    expect(sigmas.sigmaYM).toBeCloseTo(39.036, 3);
    expect(sigmas.sigmaZM).toBeCloseTo(22.678, 3);
  });

  it('spreads the plume wider with distance in every class', () => {
    for (const stabilityClass of CLASSES) {
      const near = briggsRuralSigmas(200, stabilityClass);
      const far = briggsRuralSigmas(5000, stabilityClass);
      expect(far.sigmaYM).toBeGreaterThan(near.sigmaYM);
      expect(far.sigmaZM).toBeGreaterThan(near.sigmaZM);
    }
  });

  it('spreads less as the air grows more stable (A to F)', () => {
    const sigmas = CLASSES.map((c) => briggsRuralSigmas(2000, c));
    sigmas.slice(1).forEach((s, i) => {
      expect(s.sigmaYM).toBeLessThan(sigmas[i]?.sigmaYM ?? 0);
      expect(s.sigmaZM).toBeLessThan(sigmas[i]?.sigmaZM ?? 0);
    });
  });

  it('rejects zero or negative distance and an unknown class with a RangeError', () => {
    expect(() => briggsRuralSigmas(0, 'D')).toThrow(RangeError);
    expect(() => briggsRuralSigmas(-10, 'D')).toThrow(RangeError);
    expect(() => briggsRuralSigmas(100, 'G' as StabilityClass)).toThrow(RangeError);
  });
});

describe('plumeConcentrationGm3', () => {
  it('gives 1.448e-4 g/m³ on the ground 500 m downwind of the SO₂ stack', () => {
    expect(Math.abs(plumeConcentrationGm3(stack) / 1.4477e-4 - 1)).toBeLessThan(0.001);
  });

  it('gives 6.37e-5 g/m³ 50 m off the centreline', () => {
    expect(plumeConcentrationGm3({ ...stack, yM: 50 })).toBeCloseTo(6.37e-5, 7);
  });

  it('peaks on the ground at about 4.21e-4 g/m³ near 1039 m downwind of the stack', () => {
    let best = { xM: 0, c: 0 };
    for (let xM = 100; xM <= 3000; xM += 1) {
      const c = plumeConcentrationGm3({ ...stack, xM });
      if (c > best.c) best = { xM, c };
    }
    expect(Math.abs(best.xM - 1039)).toBeLessThanOrEqual(5);
    expect(best.c).toBeCloseTo(4.21e-4, 6);
  });

  it('screens a 1 kg/s ground-level chlorine release at 36.7 mg/m³ 1 km downwind in class D, 3 m/s', () => {
    const c = plumeConcentrationGm3({ emissionGs: 1000, windMs: 3, sourceHeightM: 0, stabilityClass: 'D', xM: 1000, yM: 0, zM: 0 });
    expect(Math.abs(c / 0.03666 - 1)).toBeLessThan(0.001);
  });

  it('stays within the expected 20–30 % of Turner’s chart answer for Problem 1 (3 g/s, 7 m/s, D, 3 km)', () => {
    const c = plumeConcentrationGm3({ emissionGs: 3, windMs: 7, sourceHeightM: 0, stabilityClass: 'D', xM: 3000, yM: 0, zM: 0 });
    expect(c).toBeCloseTo(8.44e-6, 8);
    expect(Math.abs(c / 1.1e-5 - 1)).toBeLessThan(0.3);
  });

  it('doubles a ground-level source by reflection to Q / (π u σy σz)', () => {
    const { sigmaYM, sigmaZM } = briggsRuralSigmas(800, 'C');
    const c = plumeConcentrationGm3({ emissionGs: 50, windMs: 4, sourceHeightM: 0, stabilityClass: 'C', xM: 800, yM: 0, zM: 0 });
    expect(c).toBeCloseTo(50 / (Math.PI * 4 * sigmaYM * sigmaZM), 15);
  });

  it('is proportional to the emission rate and inversely proportional to the wind speed', () => {
    const base = plumeConcentrationGm3(stack);
    expect(plumeConcentrationGm3({ ...stack, emissionGs: 160 })).toBeCloseTo(2 * base, 15);
    expect(plumeConcentrationGm3({ ...stack, windMs: 12 })).toBeCloseTo(base / 2, 15);
  });

  it('is the same either side of the centreline and falls away from it', () => {
    expect(plumeConcentrationGm3({ ...stack, yM: -80 })).toBe(plumeConcentrationGm3({ ...stack, yM: 80 }));
    expect(plumeConcentrationGm3({ ...stack, yM: 80 })).toBeLessThan(plumeConcentrationGm3({ ...stack, yM: 40 }));
  });

  it('is zero upwind of and at the source', () => {
    expect(plumeConcentrationGm3({ ...stack, xM: -100 })).toBe(0);
    expect(plumeConcentrationGm3({ ...stack, xM: 0 })).toBe(0);
  });

  it.each<[string, Partial<PlumeQuery>]>([
    ['calm air (wind 0)', { windMs: 0 }],
    ['negative wind', { windMs: -2 }],
    ['negative emission', { emissionGs: -1 }],
    ['a receptor below ground', { zM: -1 }],
    ['a negative release height', { sourceHeightM: -5 }],
    ['a NaN crosswind offset', { yM: Number.NaN }],
    ['an unknown stability class', { stabilityClass: 'Z' as StabilityClass }],
  ])('rejects %s with a RangeError, even upwind', (_label, change) => {
    expect(() => plumeConcentrationGm3({ ...stack, ...change })).toThrow(RangeError);
    expect(() => plumeConcentrationGm3({ ...stack, xM: -1, ...change })).toThrow(RangeError);
  });
});
