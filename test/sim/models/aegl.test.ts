import { describe, expect, it } from 'vitest';
import { aeglAtPpm, aeglInjuryShare, aeglLoadPpm2Min, aeglSevereShare } from '../../../src/sim/models/aegl';
import type { AeglGas } from '../../../src/sim/models/aegl';
import { lethalityProbability } from '../../../src/sim/models/toxicLoad';

describe('aeglAtPpm', () => {
  it.each<[AeglGas, 1 | 2 | 3, number[]]>([
    ['chlorine', 1, [0.5, 0.5, 0.5, 0.5, 0.5]],
    ['chlorine', 2, [2.8, 2.8, 2.0, 1.0, 0.71]],
    ['chlorine', 3, [50, 28, 20, 10, 7.1]],
    ['ammonia', 1, [30, 30, 30, 30, 30]],
    ['ammonia', 2, [220, 220, 160, 110, 110]],
    ['ammonia', 3, [2700, 1600, 1100, 550, 390]],
  ])('gives the EPA table for %s AEGL-%i at 10, 30, 60, 240 and 480 min', (gas, level, values) => {
    expect([10, 30, 60, 240, 480].map((t) => aeglAtPpm(gas, level, t))).toEqual(values);
  });

  it('interpolates in log–log between tabulated durations and holds flat outside them', () => {
    expect(aeglAtPpm('chlorine', 3, Math.sqrt(30 * 60))).toBeCloseTo(Math.sqrt(28 * 20), 9);
    expect(aeglAtPpm('chlorine', 3, 2)).toBe(50);
    expect(aeglAtPpm('chlorine', 3, 1000)).toBe(7.1);
  });

  it('rejects a duration of zero, an unknown level and an unknown gas', () => {
    expect(() => aeglAtPpm('chlorine', 2, 0)).toThrow(RangeError);
    expect(() => aeglAtPpm('chlorine', 4 as 3, 30)).toThrow(RangeError);
    expect(() => aeglAtPpm('phosgene' as AeglGas, 2, 30)).toThrow(RangeError);
  });
});

describe('aeglLoadPpm2Min', () => {
  it('is nearly constant for chlorine’s AEGL-3 from 10 min to 8 h, as ten Berge’s C² t = k says', () => {
    for (const t of [10, 30, 60, 240, 480]) expect(aeglLoadPpm2Min('chlorine', 3, t) / 24_000).toBeCloseTo(1, 0);
  });

  it('judges anything shorter than 10 min as 10 min', () => {
    expect(aeglLoadPpm2Min('chlorine', 2, 1)).toBe(2.8 ** 2 * 10);
    expect(aeglLoadPpm2Min('chlorine', 2, 0)).toBe(2.8 ** 2 * 10);
  });
});

describe('aeglInjuryShare', () => {
  const load = (ppm: number, minutes: number) => ppm ** 2 * minutes;

  it('injures 1 % at the AEGL-2 load and half at the AEGL-3 load', () => {
    expect(aeglInjuryShare('chlorine', load(2.0, 60), 60)).toBeCloseTo(0.01, 6);
    expect(aeglInjuryShare('chlorine', load(20, 60), 60)).toBeCloseTo(0.5, 9);
    expect(aeglInjuryShare('ammonia', load(1600, 30), 30)).toBeCloseTo(0.5, 9);
  });

  it('injures nobody without a load, few below AEGL-2 and most well above AEGL-3', () => {
    expect(aeglInjuryShare('chlorine', 0, 30)).toBe(0);
    expect(aeglInjuryShare('chlorine', load(1, 30), 30)).toBeLessThan(0.01);
    expect(aeglInjuryShare('chlorine', load(100, 30), 30)).toBeGreaterThan(0.9);
  });

  it('rejects a negative load', () => {
    expect(() => aeglInjuryShare('chlorine', -1, 30)).toThrow(RangeError);
  });
});

describe('aeglSevereShare', () => {
  it('is 1 % at the AEGL-3 load and half where the lethality probit kills half', () => {
    expect(aeglSevereShare('chlorine', 28 ** 2 * 30, 30)).toBeCloseTo(0.01, 6);
    const lc50 = Math.exp((5 + 8.29) / 0.92);
    expect(lethalityProbability('chlorine', lc50)).toBeCloseTo(0.5, 9);
    expect(aeglSevereShare('chlorine', lc50, 30)).toBeCloseTo(0.5, 9);
  });

  it('stays below the injured share and above the dead share over the whole range of loads', () => {
    for (const ppm of [5, 20, 50, 100, 200, 400, 800]) {
      const l = ppm ** 2 * 30;
      expect(aeglSevereShare('chlorine', l, 30)).toBeLessThanOrEqual(aeglInjuryShare('chlorine', l, 30));
      expect(aeglSevereShare('chlorine', l, 30)).toBeGreaterThanOrEqual(lethalityProbability('chlorine', l));
    }
  });
});
