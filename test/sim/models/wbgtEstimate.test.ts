import { describe, expect, it } from 'vitest';
import { saturationVapourPressureHpa, wetBulbStullC } from '../../../src/sim/models/psychrometrics';
import { wbgtBomC, wbgtIndoorC, wbgtInSunC } from '../../../src/sim/models/wbgtEstimate';

describe('wbgtIndoorC', () => {
  it('weights the natural wet bulb 0.7 and the globe 0.3 (ISO 7243): 28 and 40 °C → 31.6 °C', () => {
    expect(wbgtIndoorC({ naturalWetBulbC: 28, globeC: 40 })).toBeCloseTo(31.6, 10);
  });

  it('rejects a reading below absolute zero', () => {
    expect(() => wbgtIndoorC({ naturalWetBulbC: -300, globeC: 20 })).toThrow(RangeError);
  });
});

describe('wbgtBomC', () => {
  it('is 0.567 T + 0.393 e + 3.94 with e from the humidity (35 °C, 60 % → 37.0 °C)', () => {
    const e = 0.6 * saturationVapourPressureHpa(35);
    expect(wbgtBomC(35, 60)).toBeCloseTo(0.567 * 35 + 0.393 * e + 3.94, 10);
    expect(wbgtBomC(35, 60)).toBeCloseTo(37.0, 1);
  });

  it('rejects humidity outside 0–100 %', () => {
    expect(() => wbgtBomC(30, -5)).toThrow(RangeError);
  });
});

describe('wbgtInSunC', () => {
  const day = { tempC: 38, rhPct: 45, globeSolarExcessC: 12, wetBulbSolarExcessC: 1.5 };

  it('in the shade is the ISO outdoor index with the globe at air temperature: 0.7 Tw + 0.3 T', () => {
    expect(wbgtInSunC({ ...day, solarShare: 0 })).toBeCloseTo(0.7 * wetBulbStullC(38, 45) + 0.3 * 38, 10);
  });

  it('adds 0.7 ΔTnw + 0.2 ΔTg in full sun, in proportion to the sun', () => {
    const shade = wbgtInSunC({ ...day, solarShare: 0 });
    expect(wbgtInSunC({ ...day, solarShare: 1 }) - shade).toBeCloseTo(0.7 * 1.5 + 0.2 * 12, 10);
    expect(wbgtInSunC({ ...day, solarShare: 0.5 }) - shade).toBeCloseTo((0.7 * 1.5 + 0.2 * 12) / 2, 10);
  });

  it('stays below the BoM approximation, which is known to run high in hot humid weather, and within 3 °C of it in full sun', () => {
    for (const [t, rh] of [[32, 60], [35, 50], [38, 45]] as const) {
      const sun = wbgtInSunC({ ...day, tempC: t, rhPct: rh, solarShare: 1 });
      expect(sun).toBeLessThan(wbgtBomC(t, rh));
      expect(wbgtBomC(t, rh) - sun).toBeLessThan(3);
    }
  });

  it('rejects a solar share outside 0–1 and negative excesses', () => {
    expect(() => wbgtInSunC({ ...day, solarShare: 1.2 })).toThrow(RangeError);
    expect(() => wbgtInSunC({ ...day, solarShare: 0.5, globeSolarExcessC: -1 })).toThrow(RangeError);
  });
});
