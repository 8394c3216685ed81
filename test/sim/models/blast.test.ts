import { describe, expect, it } from 'vitest';
import {
  blastOverpressureKpa, eardrumRuptureProbability, kingeryBulmashKpa, lungDeathProbability, structuralDamageProbability,
} from '../../../src/sim/models/blast';

/** Swisdak (1994) incident overpressure table, hemispherical surface burst (Z m/kg^⅓ → kPa). */
const SWISDAK_INCIDENT_KPA: [number, number][] = [
  [0.2, 17310.36], [0.3, 10180], [0.4, 6853], [0.5, 4888], [0.7, 2744], [1, 1354], [1.5, 551.4], [2, 283.7],
  [2.5, 171.3], [3, 115.7], [4, 64.89], [5, 43.23], [7, 24.94], [10, 14.89], [15, 8.758], [20, 6.102],
  [24, 4.871], [30, 3.559], [40, 2.375], [50, 1.735], [70, 1.081], [100, 0.654], [130, 0.452], [160, 0.338],
];

describe('kingeryBulmashKpa', () => {
  it.each(SWISDAK_INCIDENT_KPA)('reproduces Swisdak’s 4-figure table within 0.1 %% at Z = %f m/kg^⅓', (z, kpa) => {
    expect(Math.abs(kingeryBulmashKpa(z) / kpa - 1)).toBeLessThan(0.001);
  });

  it('falls with scaled distance inside each fitted segment', () => {
    for (const [from, to] of [[0.2, 2.9], [2.9001, 23.8], [23.8001, 198.5]] as const) {
      let previous = Number.POSITIVE_INFINITY;
      for (let z = from; z <= to; z *= 1.01) {
        const p = kingeryBulmashKpa(z);
        expect(p).toBeLessThan(previous);
        previous = p;
      }
    }
  });

  it('steps by less than 1 % where the published segments meet', () => {
    for (const boundary of [2.9, 23.8]) {
      const step = kingeryBulmashKpa(boundary * (1 + 1e-9)) / kingeryBulmashKpa(boundary) - 1;
      expect(Math.abs(step)).toBeLessThan(0.01);
    }
  });

  it('extrapolates the far-field power law beyond Z = 198.5 instead of clamping', () => {
    expect(kingeryBulmashKpa(400)).toBeCloseTo(Math.exp(6.0536 - 1.4066 * Math.log(400)), 12);
    expect(kingeryBulmashKpa(400)).toBeLessThan(kingeryBulmashKpa(198.5));
  });

  it('rejects zero, negative and NaN scaled distance with a RangeError', () => {
    for (const bad of [0, -1, Number.NaN]) expect(() => kingeryBulmashKpa(bad)).toThrow(RangeError);
  });
});

describe('blastOverpressureKpa', () => {
  it('gives 43.23 kPa 50 m from 1000 kg TNT (Z = 5)', () => {
    expect(blastOverpressureKpa(1000, 50)).toBeCloseTo(43.23, 1);
  });

  it('scales by the cube root of the charge (Hopkinson–Cranz)', () => {
    expect(blastOverpressureKpa(8, 20)).toBeCloseTo(blastOverpressureKpa(1, 10), 9);
  });

  it('falls as the distance from a 100 kg charge grows', () => {
    const pressures = [3, 6, 12, 25, 50, 100].map((distanceM) => blastOverpressureKpa(100, distanceM));
    pressures.slice(1).forEach((p, i) => expect(p).toBeLessThan(pressures[i] ?? 0));
  });

  it('rises with the charge at a fixed distance', () => {
    expect(blastOverpressureKpa(500, 40)).toBeGreaterThan(blastOverpressureKpa(50, 40));
  });

  it('rejects a zero or negative charge, a zero distance and NaN with a RangeError', () => {
    expect(() => blastOverpressureKpa(0, 10)).toThrow(RangeError);
    expect(() => blastOverpressureKpa(-5, 10)).toThrow(RangeError);
    expect(() => blastOverpressureKpa(10, 0)).toThrow(RangeError);
    expect(() => blastOverpressureKpa(Number.NaN, 10)).toThrow(RangeError);
  });
});

describe('eardrumRuptureProbability', () => {
  it('gives 50 % at 43.2 kPa', () => {
    expect(eardrumRuptureProbability(43_200)).toBeCloseTo(0.5, 2);
  });

  it('gives 3.2 % at 16.5 kPa (probit 3.142)', () => {
    expect(eardrumRuptureProbability(16_500)).toBeCloseTo(0.032, 3);
  });

  it('gives Φ(1) = 84.1 % where the probit reaches 6', () => {
    expect(eardrumRuptureProbability(Math.exp(21.6 / 1.93))).toBeCloseTo(0.8413447, 6);
  });

  it('never falls as pressure rises and is 0 at zero overpressure', () => {
    expect(eardrumRuptureProbability(0)).toBe(0);
    let previous = 0;
    for (let pa = 1000; pa <= 1e6; pa *= 1.2) {
      const p = eardrumRuptureProbability(pa);
      expect(p).toBeGreaterThanOrEqual(previous);
      previous = p;
    }
  });

  it('rejects negative and NaN pressure with a RangeError', () => {
    expect(() => eardrumRuptureProbability(-1)).toThrow(RangeError);
    expect(() => eardrumRuptureProbability(Number.NaN)).toThrow(RangeError);
  });
});

describe('lungDeathProbability', () => {
  it('gives 50 % at 144.5 kPa', () => {
    expect(lungDeathProbability(144_500)).toBeCloseTo(0.5, 2);
  });

  it('gives Φ(−1) = 15.9 % where the probit falls to 4', () => {
    expect(lungDeathProbability(Math.exp(81.1 / 6.91))).toBeCloseTo(0.1586553, 6);
  });

  it('kills fewer people than burst eardrums at the same pressure', () => {
    for (const pa of [50_000, 100_000, 140_000]) {
      expect(lungDeathProbability(pa)).toBeLessThan(eardrumRuptureProbability(pa));
    }
  });

  it('is 0 at zero overpressure and rises steeply past 100 kPa', () => {
    expect(lungDeathProbability(0)).toBe(0);
    expect(lungDeathProbability(100_000)).toBeLessThan(0.01);
    expect(lungDeathProbability(200_000)).toBeGreaterThan(0.95);
  });

  it('rejects negative pressure with a RangeError', () => {
    expect(() => lungDeathProbability(-10)).toThrow(RangeError);
  });
});

describe('structuralDamageProbability', () => {
  it('is one half near 19.2 kPa, between serious structural damage and distorted steel frames in Clancey', () => {
    expect(structuralDamageProbability(19_170)).toBeCloseTo(0.5, 2);
  });

  it('is negligible at window-breaking pressures and near certain at house-destroying ones', () => {
    expect(structuralDamageProbability(1_000)).toBeLessThan(1e-6);
    expect(structuralDamageProbability(70_000)).toBeGreaterThan(0.99);
  });

  it('is zero with no pressure and refuses a negative one', () => {
    expect(structuralDamageProbability(0)).toBe(0);
    expect(() => structuralDamageProbability(-1)).toThrow(RangeError);
  });
});
