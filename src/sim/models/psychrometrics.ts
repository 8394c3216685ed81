// Moist-air relations for heat stress: saturation vapour pressure, relative humidity at a vapour pressure, and
// the psychrometric wet-bulb temperature from air temperature and relative humidity.
import { requireAbove, requireAtLeast, requireWithin } from './rangeGuards';
import { detMath } from '../math/detMath';

const ABSOLUTE_ZERO_C = -273.15;

/**
 * Saturation vapour pressure over water, hPa: es = 6.105 exp(17.27 T / (237.7 + T)) (Magnus form). Rises with
 * temperature; 6.105 hPa at 0 °C.
 * Source: the constants of the Australian Bureau of Meteorology's WBGT approximation (hazard-models.md §9.1), so the
 * heat models of this project share one humidity formula. Throws RangeError at or below −237.7 °C (the formula's pole)
 * or for non-finite input.
 */
export function saturationVapourPressureHpa(tempC: number): number {
  requireAbove('tempC', tempC, -237.7);
  return 6.105 * detMath.exp((17.27 * tempC) / (237.7 + tempC));
}

/**
 * Relative humidity (%) of air at `tempC` holding water vapour at `vapourPressureHpa`, capped at 100 % (air cannot
 * hold more: the excess condenses as dew). Source: definition RH = 100 e / es(T), es as saturationVapourPressureHpa.
 * Throws RangeError for a negative vapour pressure or a temperature the es formula rejects.
 */
export function relativeHumidityPct(tempC: number, vapourPressureHpa: number): number {
  requireAtLeast('vapourPressureHpa', vapourPressureHpa, 0);
  return Math.min(100, (100 * vapourPressureHpa) / saturationVapourPressureHpa(tempC));
}

/** Range over which Stull (2011) fitted his wet-bulb equation. */
export const STULL_WET_BULB_VALID_RANGE = { minTempC: -20, maxTempC: 50, minRhPct: 5, maxRhPct: 99 } as const;

/**
 * Psychrometric wet-bulb temperature (°C) at sea-level pressure from air temperature (°C) and relative humidity (%):
 * Tw = T atan[0.151977 (RH + 8.313659)^½] + atan(T + RH) − atan(RH − 1.676331)
 *      + 0.00391838 RH^{3/2} atan(0.023101 RH) − 4.686035.
 * Source: Stull (2011), J. Appl. Meteor. Climatol. 50:2267–2269, eq. 1 (20 °C, 50 % → 13.7 °C). Fitted for
 * −20…50 °C and 5…99 % RH with errors from −1 to +0.65 °C (mean absolute < 0.3 °C); outside that range the fit is
 * evaluated as published (STULL_WET_BULB_VALID_RANGE). Throws RangeError for RH outside 0–100 %, a temperature below
 * absolute zero, or non-finite input.
 */
export function wetBulbStullC(tempC: number, rhPct: number): number {
  const t = requireAtLeast('tempC', tempC, ABSOLUTE_ZERO_C);
  const rh = requireWithin('rhPct', rhPct, 0, 100);
  return t * detMath.atan(0.151977 * Math.sqrt(rh + 8.313659)) + detMath.atan(t + rh) - detMath.atan(rh - 1.676331)
    + 0.00391838 * detMath.pow(rh, 1.5) * detMath.atan(0.023101 * rh) - 4.686035;
}
