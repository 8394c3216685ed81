// The course of a hot day hour by hour from its extremes: air temperature between the daily minimum and maximum,
// and the share of full midday sun.
import { requireFinite, requireWithin } from './rangeGuards';
import { detMath } from '../math/detMath';

export interface DiurnalDay {
  /** Hour of the day, 0 ≤ h < 24 (local solar time is assumed close to Beijing time). */
  hourOfDay: number;
  /** Yesterday's maximum, today's minimum and maximum, tomorrow's minimum, °C. */
  previousTmaxC: number;
  tminC: number;
  tmaxC: number;
  nextTminC: number;
  /** Hours of the minimum (around sunrise) and the maximum (mid-afternoon). */
  tminHour: number;
  tmaxHour: number;
}

/** Half-cosine step from `a` (f = 0) to `b` (f = 1): flat at both ends, steepest half-way. */
function cosineStep(a: number, b: number, f: number): number {
  return a + ((b - a) * (1 - detMath.cos(Math.PI * f))) / 2;
}

/**
 * Air temperature (°C) at `hourOfDay` by piecewise-cosine interpolation between the daily extremes: it falls from
 * yesterday's maximum to today's minimum at `tminHour`, rises to today's maximum at `tmaxHour`, then falls towards
 * tomorrow's minimum. Equals each extreme at its hour and stays between the extremes it joins.
 * Source: the cosine (half-sine wave) method of crop and heat-stress models, e.g. Goudriaan & van Laar (1994),
 * Modelling Potential Crop Growth Processes, §2 [M: the shape is standard; hours of the extremes are inputs].
 * Throws RangeError unless 0 ≤ tminHour < tmaxHour < 24, 0 ≤ hourOfDay < 24, and temperatures are finite.
 */
export function diurnalTemperatureC(day: DiurnalDay): number {
  const h = requireWithin('hourOfDay', day.hourOfDay, 0, 24);
  const tminHour = requireWithin('tminHour', day.tminHour, 0, 24);
  const tmaxHour = requireWithin('tmaxHour', day.tmaxHour, 0, 24);
  if (h === 24 || tmaxHour === 24 || tminHour >= tmaxHour) throw new RangeError(`need 0 ≤ tminHour < tmaxHour < 24 and hourOfDay < 24, got ${tminHour}, ${tmaxHour}, ${h}`);
  for (const [name, value] of [['previousTmaxC', day.previousTmaxC], ['tminC', day.tminC], ['tmaxC', day.tmaxC], ['nextTminC', day.nextTminC]] as const) requireFinite(name, value);
  if (h < day.tminHour) return cosineStep(day.previousTmaxC, day.tminC, (h + 24 - day.tmaxHour) / (day.tminHour + 24 - day.tmaxHour));
  if (h <= day.tmaxHour) return cosineStep(day.tminC, day.tmaxC, (h - day.tminHour) / (day.tmaxHour - day.tminHour));
  return cosineStep(day.tmaxC, day.nextTminC, (h - day.tmaxHour) / (day.tminHour + 24 - day.tmaxHour));
}

/**
 * Share of full midday sun at `hourOfDay` (0 at night, 1 at solar noon on a clear day): sunshineShare · sin(π (h −
 * sunrise) / (sunset − sunrise)), a stand-in for the sine of the sun's elevation [A: design assumption, adequate for
 * the hour-scale load on a person; no solar geometry]. Throws RangeError unless 0 ≤ sunrise < sunset ≤ 24, the hour is
 * in 0–24 and the sunshine share in 0–1.
 */
export function solarShare(options: { hourOfDay: number; sunriseHour: number; sunsetHour: number; sunshineShare: number }): number {
  const h = requireWithin('hourOfDay', options.hourOfDay, 0, 24);
  const rise = requireWithin('sunriseHour', options.sunriseHour, 0, 24);
  const set = requireWithin('sunsetHour', options.sunsetHour, rise, 24);
  const sunshine = requireWithin('sunshineShare', options.sunshineShare, 0, 1);
  if (set === rise) throw new RangeError('sunsetHour must come after sunriseHour');
  if (h <= rise || h >= set) return 0;
  return sunshine * detMath.sin((Math.PI * (h - rise)) / (set - rise));
}
