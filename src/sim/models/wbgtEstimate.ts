// WBGT where no globe or natural wet-bulb thermometer was read: the ISO 7243 indoor index, the Bureau of
// Meteorology's shade-free approximation, and an in-sun estimate from air temperature, humidity and the sun.
import { wbgtOutdoorC } from './heat';
import { saturationVapourPressureHpa, wetBulbStullC } from './psychrometrics';
import { requireAtLeast, requireFinite, requireWithin } from './rangeGuards';

/**
 * Indoor (no sun) wet-bulb globe temperature, °C: WBGT = 0.7 T_nw + 0.3 T_g, a weighted mean of the two readings.
 * Source: ISO 7243 (1989, 2017) and GB/T 4200, indoor formula (hazard-models.md §9.1). Throws RangeError for a reading
 * below absolute zero or non-finite input.
 */
export function wbgtIndoorC(readings: { naturalWetBulbC: number; globeC: number }): number {
  const wet = requireAtLeast('naturalWetBulbC', readings.naturalWetBulbC, -273.15);
  const globe = requireAtLeast('globeC', readings.globeC, -273.15);
  return 0.7 * wet + 0.3 * globe;
}

/**
 * Australian Bureau of Meteorology approximation of WBGT, °C: 0.567 T + 0.393 e + 3.94, e = (RH/100) es(T) in hPa.
 * It has no sun or wind term and assumes moderately high radiation and light wind; it overestimates in hot, humid
 * shade. Source: BoM "About the WBGT and Apparent Temperature indices" (hazard-models.md §9.1). Throws RangeError for
 * RH outside 0–100 % or non-finite input.
 */
export function wbgtBomC(tempC: number, rhPct: number): number {
  requireWithin('rhPct', rhPct, 0, 100);
  return 0.567 * tempC + 0.393 * (rhPct / 100) * saturationVapourPressureHpa(tempC) + 3.94;
}

export interface SunExposure {
  tempC: number;
  rhPct: number;
  /** 0 in shade or at night, 1 in full midday sun on a clear day. */
  solarShare: number;
  /** How far the black globe rises above the air in full sun with light wind (°C). */
  globeSolarExcessC: number;
  /** How far the natural (unventilated, sunlit) wet bulb rises above the psychrometric wet bulb in full sun (°C). */
  wetBulbSolarExcessC: number;
}

/**
 * Outdoor WBGT (°C) estimated from weather: ISO 7243 outdoor 0.7 T_nw + 0.2 T_g + 0.1 T_a with T_nw = Stull (2011)
 * wet bulb + s·ΔT_nw and T_g = T_a + s·ΔT_g, s the solar share. With s = 0 it is the shade value. The two solar
 * excesses are scenario inputs: in full sun and light wind a 150 mm black globe reads about 10–15 °C above the air
 * and the natural wet bulb 1–2 °C above the psychrometric one [M: typical of Liljegren et al. 2008 outputs; not a
 * fitted model]. Throws RangeError for a solar share outside 0–1, negative excesses or what the models reject.
 */
export function wbgtInSunC(exposure: SunExposure): number {
  const s = requireWithin('solarShare', exposure.solarShare, 0, 1);
  requireAtLeast('globeSolarExcessC', exposure.globeSolarExcessC, 0);
  requireAtLeast('wetBulbSolarExcessC', exposure.wetBulbSolarExcessC, 0);
  const tempC = requireFinite('tempC', exposure.tempC);
  return wbgtOutdoorC({
    naturalWetBulbC: wetBulbStullC(tempC, exposure.rhPct) + s * exposure.wetBulbSolarExcessC,
    globeC: tempC + s * exposure.globeSolarExcessC,
    dryBulbC: tempC,
  });
}
