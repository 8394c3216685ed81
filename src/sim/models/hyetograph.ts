// Storm rain over time (hyetographs): the triangular design storm and a course of hourly totals, as cumulative
// rain at a time, so rain over any window is a difference of two calls.
import { requireAbove, requireAtLeast, requireFinite, requireWithin } from './rangeGuards';

/** A triangular design storm: intensity rises linearly to its peak at `peakAtFraction` of the storm, then falls to 0. */
export interface TriangularStorm {
  totalMm: number;
  durationS: number;
  /** r, the storm advancement coefficient: the share of the duration before the peak. */
  peakAtFraction: number;
}

/**
 * Rain fallen by `tS` (from the storm's start) in a triangular design storm: peak intensity 2P / T at t_a = r T;
 * P t² / (T t_a) before the peak, P − P (T − t)² / (T (T − t_a)) after it; 0 before the start and P after the end.
 * Never falls as time goes on. Source: Yen & Chow (1980), "Design hyetographs for small drainage structures",
 * J. Hydraul. Div. ASCE 106(HY6):1055–1076.
 * Throws RangeError for negative rain, a duration ≤ 0, r outside [0, 1] or non-finite input.
 */
export function triangularStormRainMm(storm: TriangularStorm, tS: number): number {
  const totalMm = requireAtLeast('totalMm', storm.totalMm, 0);
  const durationS = requireAbove('durationS', storm.durationS, 0);
  const r = requireWithin('peakAtFraction', storm.peakAtFraction, 0, 1);
  const t = Math.min(Math.max(requireFinite('tS', tS), 0), durationS);
  const peakS = r * durationS;
  if (t <= peakS && peakS > 0) return (totalMm * t * t) / (durationS * peakS);
  const fallS = durationS - peakS;
  return fallS > 0 ? totalMm - (totalMm * (durationS - t) * (durationS - t)) / (durationS * fallS) : totalMm;
}

/**
 * Rain fallen by `tS` in a course of hourly totals (hour i holds `hourlyMm[i]`, falling at a steady rate within the
 * hour); 0 before the start and the whole course after the last hour. Throws RangeError for a negative total.
 */
export function hourlyCourseRainMm(hourlyMm: readonly number[], tS: number): number {
  hourlyMm.forEach((mm, i) => requireAtLeast(`hourlyMm[${i}]`, mm, 0));
  const hours = Math.max(0, requireFinite('tS', tS) / 3600);
  let rainMm = 0;
  for (let i = 0; i < hourlyMm.length && i < hours; i++) rainMm += hourlyMm[i]! * Math.min(1, hours - i);
  return rainMm;
}
