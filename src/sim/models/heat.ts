// Heat stress: NWS heat index, outdoor WBGT, CMA high-temperature signal and the statutory outdoor-work limits.
import { requireAtLeast, requireCount, requireFinite, requireWithin } from './rangeGuards';

const ABSOLUTE_ZERO_F = -459.67;
const ABSOLUTE_ZERO_C = -273.15;

function rothfuszF(t: number, rh: number): number {
  return -42.379 + 2.04901523 * t + 10.14333127 * rh - 0.22475541 * t * rh - 6.83783e-3 * t * t
    - 5.481717e-2 * rh * rh + 1.22874e-3 * t * t * rh + 8.5282e-4 * t * rh * rh - 1.99e-6 * t * t * rh * rh;
}

/** The NWS low-humidity (RH < 13 %, 80–112 °F) and high-humidity (RH > 85 %, 80–87 °F) corrections, °F. */
function humidityAdjustmentF(t: number, rh: number): number {
  if (rh < 13 && t >= 80 && t <= 112) return -((13 - rh) / 4) * Math.sqrt((17 - Math.abs(t - 95)) / 17);
  if (rh > 85 && t >= 80 && t <= 87) return ((rh - 85) / 10) * ((87 - t) / 5);
  return 0;
}

/**
 * NWS heat index (°F), unrounded. First the simple formula HI = 0.5 (T + 61 + 1.2 (T − 68) + 0.094 RH); when
 * (HI + T) / 2 ≥ 80 °F the Rothfusz regression with the NWS low- and high-humidity adjustments replaces it.
 * Source: Rothfusz (1990), NWS Technical Attachment SR 90-23; NWS WPC "The Heat Index Equation" page.
 * Below the 80 °F gate the simple formula (Steadman-consistent) is returned as published, at any temperature;
 * the regression is not extrapolated there. Throws RangeError for RH outside 0–100 %, temperature below absolute
 * zero, or non-finite input.
 */
export function heatIndexF(tempF: number, rhPct: number): number {
  requireAtLeast('tempF', tempF, ABSOLUTE_ZERO_F);
  requireWithin('rhPct', rhPct, 0, 100);
  const simpleF = 0.5 * (tempF + 61 + 1.2 * (tempF - 68) + 0.094 * rhPct);
  if ((simpleF + tempF) / 2 < 80) return simpleF;
  return rothfuszF(tempF, rhPct) + humidityAdjustmentF(tempF, rhPct);
}

/**
 * NWS heat index in Celsius: heatIndexF evaluated on the °F equivalent of `tempC` and converted back to °C.
 * Source and out-of-range behaviour as heatIndexF. Throws RangeError for RH outside 0–100 %, temperature below
 * absolute zero, or non-finite input.
 */
export function heatIndexC(tempC: number, rhPct: number): number {
  requireAtLeast('tempC', tempC, ABSOLUTE_ZERO_C);
  return ((heatIndexF((tempC * 9) / 5 + 32, rhPct) - 32) * 5) / 9;
}

/** The three thermometers of an outdoor WBGT reading, °C. */
export interface WbgtReadings {
  naturalWetBulbC: number;
  globeC: number;
  dryBulbC: number;
}

/**
 * Outdoor (in-sun) wet-bulb globe temperature, °C: WBGT = 0.7 T_nw + 0.2 T_g + 0.1 T_a. A weighted mean: it lies
 * between the lowest and highest reading.
 * Source: ISO 7243 (1989, 2017) and GB/T 4200, outdoor formula.
 * The weights are fixed, so it is defined for any readings; throws RangeError for a reading below absolute zero or
 * non-finite input.
 */
export function wbgtOutdoorC(readings: WbgtReadings): number {
  const wet = requireAtLeast('naturalWetBulbC', readings.naturalWetBulbC, ABSOLUTE_ZERO_C);
  const globe = requireAtLeast('globeC', readings.globeC, ABSOLUTE_ZERO_C);
  const dry = requireAtLeast('dryBulbC', readings.dryBulbC, ABSOLUTE_ZERO_C);
  return 0.7 * wet + 0.2 * globe + 0.1 * dry;
}

/** CMA high-temperature warning signal colour. */
export type HighTempSignal = 'none' | 'yellow' | 'orange' | 'red';

/** Forecast for the high-temperature signal. */
export interface HighTempForecast {
  /** Forecast maximum temperature in the next 24 h, °C. */
  tmaxNext24hC: number;
  /** Run of consecutive days with Tmax ≥ 35 °C, counting the next 24 h. */
  consecutiveDaysAtLeast35: number;
}

/**
 * CMA high-temperature warning signal: red when the next-24-h maximum is ≥ 40 °C, orange when ≥ 37 °C, yellow when
 * the run of days with Tmax ≥ 35 °C (counting the next 24 h) is ≥ 3, otherwise none. 以上 includes the number.
 * Source: 《气象灾害预警信号发布与传播办法》 (中国气象局令第16号, 2007), 高温预警信号.
 * The count is taken as given (it is not checked against tmaxNext24hC). Throws RangeError for a non-finite
 * temperature or a day count that is not a whole number ≥ 0.
 */
export function highTempSignal(forecast: HighTempForecast): HighTempSignal {
  const tmaxC = requireFinite('tmaxNext24hC', forecast.tmaxNext24hC);
  const days = requireCount('consecutiveDaysAtLeast35', forecast.consecutiveDaysAtLeast35);
  if (tmaxC >= 40) return 'red';
  if (tmaxC >= 37) return 'orange';
  return days >= 3 ? 'yellow' : 'none';
}

/** Statutory limit on outdoor work for a forecast daily maximum. */
export type OutdoorWorkRule = 'none' | 'rotate-shifts-no-overtime' | 'max-6h-avoid-hottest-3h' | 'stop-outdoor-work';

/**
 * Outdoor-work limit for the forecast daily maximum (°C, 地市级以上 forecast): ≥ 40 stop outdoor open-air work;
 * 37 to < 40 at most 6 h in total and none in the 3 hottest hours; 35 to < 37 shift rotation and no overtime;
 * below 35 no statutory limit. 以上 includes the number.
 * Source: 《防暑降温措施管理办法》 (安监总安健〔2012〕89号) Art. 8(一). Urgent handling of threats to life or property is
 * exempt under the same article; that exemption is the caller's decision. Throws RangeError for non-finite input.
 */
export function outdoorWorkRule(tmaxForecastC: number): OutdoorWorkRule {
  requireFinite('tmaxForecastC', tmaxForecastC);
  if (tmaxForecastC >= 40) return 'stop-outdoor-work';
  if (tmaxForecastC >= 37) return 'max-6h-avoid-hottest-3h';
  return tmaxForecastC >= 35 ? 'rotate-shifts-no-overtime' : 'none';
}
