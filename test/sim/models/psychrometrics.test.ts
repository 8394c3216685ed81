import { describe, expect, it } from 'vitest';
import { relativeHumidityPct, saturationVapourPressureHpa, wetBulbStullC } from '../../../src/sim/models/psychrometrics';

/** Saturation vapour pressure over water, hPa (Smithsonian Meteorological Tables / WMO, Hyland–Wexler). */
const STANDARD_ES_HPA: [number, number][] = [[0, 6.112], [10, 12.28], [20, 23.39], [30, 42.47], [40, 73.84]];

/** Wet bulb by the psychrometer equation e = es(Tw) − 0.00066 p (1 + 0.00115 Tw)(T − Tw) at 1013.25 hPa, by bisection. */
function psychrometricWetBulbC(tempC: number, rhPct: number): number {
  const e = (rhPct / 100) * saturationVapourPressureHpa(tempC);
  const gap = (tw: number) => saturationVapourPressureHpa(tw) - 0.00066 * 1013.25 * (1 + 0.00115 * tw) * (tempC - tw) - e;
  let lo = -40;
  let hi = tempC;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (gap(mid) > 0) hi = mid; else lo = mid;
  }
  return (lo + hi) / 2;
}

describe('saturationVapourPressureHpa', () => {
  it.each(STANDARD_ES_HPA)('is within 0.6 %% of the standard table at %i °C', (tempC, hpa) => {
    expect(Math.abs(saturationVapourPressureHpa(tempC) / hpa - 1)).toBeLessThan(0.006);
  });

  it('rejects a temperature at the formula’s pole and NaN with a RangeError', () => {
    expect(() => saturationVapourPressureHpa(-237.7)).toThrow(RangeError);
    expect(() => saturationVapourPressureHpa(Number.NaN)).toThrow(RangeError);
  });
});

describe('relativeHumidityPct', () => {
  it('is 100 % at saturation and half that at half the vapour pressure', () => {
    expect(relativeHumidityPct(25, saturationVapourPressureHpa(25))).toBeCloseTo(100, 10);
    expect(relativeHumidityPct(25, saturationVapourPressureHpa(25) / 2)).toBeCloseTo(50, 10);
  });

  it('falls as the same air warms, and never passes 100 % as it cools', () => {
    const e = saturationVapourPressureHpa(25);
    expect(relativeHumidityPct(35, e)).toBeLessThan(relativeHumidityPct(30, e));
    expect(relativeHumidityPct(15, e)).toBe(100);
  });

  it('rejects a negative vapour pressure', () => {
    expect(() => relativeHumidityPct(20, -1)).toThrow(RangeError);
  });
});

describe('wetBulbStullC', () => {
  it('gives Stull’s worked example: 20 °C and 50 % → 13.7 °C', () => {
    expect(wetBulbStullC(20, 50)).toBeCloseTo(13.7, 1);
  });

  it('agrees with the psychrometer equation within Stull’s stated error band (−1 … +0.65 °C) over 10–40 °C and 20–95 % RH', () => {
    for (let t = 10; t <= 40; t += 5) {
      for (let rh = 20; rh <= 95; rh += 15) {
        const error = wetBulbStullC(t, rh) - psychrometricWetBulbC(t, rh);
        expect(error, `${t} °C, ${rh} %`).toBeGreaterThan(-1);
        expect(error, `${t} °C, ${rh} %`).toBeLessThan(0.65);
      }
    }
  });

  it('lies below the air temperature and rises with humidity', () => {
    expect(wetBulbStullC(38, 45)).toBeLessThan(38);
    expect(wetBulbStullC(38, 60)).toBeGreaterThan(wetBulbStullC(38, 40));
  });

  it('rejects humidity outside 0–100 % and NaN with a RangeError', () => {
    expect(() => wetBulbStullC(30, 101)).toThrow(RangeError);
    expect(() => wetBulbStullC(Number.NaN, 50)).toThrow(RangeError);
  });
});
