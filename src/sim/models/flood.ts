// Flood hazard: DEFRA/EA hazard rating to people, SCS curve-number runoff and the CMA rainstorm warning signal.
import { requireAbove, requireAtLeast, requireOneOf, requireWithin } from './rangeGuards';

/** Dominant land use, which sets the debris factor (pasture also stands for arable land). */
export type FloodLandUse = 'pasture' | 'woodland' | 'urban';

/** DEFRA/EA flood hazard class to people. */
export type FloodHazardClass = 'low' | 'moderate' | 'significant' | 'extreme';

/** Depth, velocity and land use at one place. */
export interface FloodConditions {
  depthM: number;
  velocityMs: number;
  landUse: FloodLandUse;
}

/** Debris factor, hazard rating HR and hazard class. */
export interface FloodHazard {
  debrisFactor: number;
  rating: number;
  hazardClass: FloodHazardClass;
}

/** FD2321 Table 3.1 debris factors: [0.25 < d ≤ 0.75 m, d > 0.75 m or v > 2 m/s]; 0 for d ≤ 0.25 m. */
const DEBRIS_FACTOR: Readonly<Record<FloodLandUse, readonly [number, number]>> = {
  pasture: [0, 0.5],
  woodland: [0.5, 1],
  urban: [1, 1],
};

const LAND_USES = Object.keys(DEBRIS_FACTOR) as FloodLandUse[];

function debrisFactor(depthM: number, velocityMs: number, landUse: FloodLandUse): number {
  const [medium, high] = DEBRIS_FACTOR[landUse];
  if (depthM === 0) return 0;
  if (depthM > 0.75 || velocityMs > 2) return high;
  return depthM > 0.25 ? medium : 0;
}

/** Ignores floating-point noise in d (v + 0.5) + DF so a rating of exactly 0.75, 1.25 or 2.0 lands in its band. */
function classify(rating: number): FloodHazardClass {
  const hr = Math.round(rating * 1e9) / 1e9;
  if (hr < 0.75) return 'low';
  if (hr < 1.25) return 'moderate';
  return hr <= 2 ? 'significant' : 'extreme';
}

/**
 * Flood hazard rating to people HR = d (v + 0.5) + DF and its class: < 0.75 low; 0.75 to < 1.25 moderate ("danger for
 * some"); 1.25 to 2.0 inclusive significant ("danger for most"); > 2.0 extreme ("danger for all").
 * Debris factor (pasture / woodland / urban): d ≤ 0.25 m → 0 / 0 / 0; 0.25 < d ≤ 0.75 → 0 / 0.5 / 1;
 * d > 0.75 or v > 2 m/s → 0.5 / 1 / 1. The v > 2 m/s row also applies in shallow water (the table reads "d > 0.75 m
 * and/or v > 2"); dry ground (d = 0) has no debris. HR never falls as depth or velocity rise.
 * Source: DEFRA/EA FD2321/TR1 (2006) Table 3.1 (debris factors); FD2320/TR2 (2005) and the EA/HR Wallingford
 * Supplementary Note (May 2008) for the class bands, with 2.0 (not FD2321's 2.5) as the extreme boundary.
 * Defined for any depth and velocity ≥ 0 (the method was built for floodplains up to a few metres deep). Throws
 * RangeError for negative or non-finite depth or velocity, or an unknown land use.
 */
export function floodHazardRating(conditions: FloodConditions): FloodHazard {
  const depthM = requireAtLeast('depthM', conditions.depthM, 0);
  const velocityMs = requireAtLeast('velocityMs', conditions.velocityMs, 0);
  const landUse = requireOneOf('landUse', conditions.landUse, LAND_USES);
  const df = debrisFactor(depthM, velocityMs, landUse);
  const rating = depthM * (velocityMs + 0.5) + df;
  return { debrisFactor: df, rating, hazardClass: classify(rating) };
}

/**
 * Direct runoff depth (mm) from storm rainfall by the SCS curve-number method: S = 25400 / CN − 254 mm,
 * Ia = 0.2 S, Q = (P − Ia)² / (P − Ia + S) when P > Ia, else 0. Guarantees 0 ≤ Q ≤ P, rising with P and with CN;
 * CN 100 (impervious) gives Q = P.
 * Source: USDA SCS/NRCS TR-55 (1986), eqs 2-1 to 2-4 (P = 3.0 in, CN 80 → 1.25 in, Table 2-1).
 * Evaluated for any storm depth; TR-55 warns it is less accurate below about 0.5 in of runoff and for CN < 40.
 * Throws RangeError for negative rain, CN ≤ 0 or > 100, or non-finite input.
 */
export function scsRunoffMm(rainMm: number, curveNumber: number): number {
  requireAtLeast('rainMm', rainMm, 0);
  requireAbove('curveNumber', curveNumber, 0);
  requireWithin('curveNumber', curveNumber, 0, 100);
  const retentionMm = 25400 / curveNumber - 254;
  const excessMm = rainMm - 0.2 * retentionMm;
  return excessMm > 0 ? (excessMm * excessMm) / (excessMm + retentionMm) : 0;
}

/** CMA rainstorm warning signal colour. */
export type RainstormSignal = 'none' | 'blue' | 'yellow' | 'orange' | 'red';

/** Rain forecast (or observed while rain continues) over the next windows, mm. */
export interface RainstormForecast {
  rain3hMm: number;
  rain6hMm: number;
  rain12hMm: number;
}

/**
 * CMA rainstorm warning signal: red when 3-h rain ≥ 100 mm, orange when 3-h rain ≥ 50 mm, yellow when 6-h rain
 * ≥ 50 mm, blue when 12-h rain ≥ 50 mm, otherwise none; the highest signal met wins. 以上 includes the number.
 * Source: 《气象灾害预警信号发布与传播办法》 (中国气象局令第16号, 2007), 暴雨预警信号 (amounts forecast, or observed
 * with rain set to continue). Provinces may add local variants; these are the national criteria.
 * Throws RangeError for negative or non-finite rainfall.
 */
export function rainstormSignal(forecast: RainstormForecast): RainstormSignal {
  const rain3hMm = requireAtLeast('rain3hMm', forecast.rain3hMm, 0);
  const rain6hMm = requireAtLeast('rain6hMm', forecast.rain6hMm, 0);
  const rain12hMm = requireAtLeast('rain12hMm', forecast.rain12hMm, 0);
  if (rain3hMm >= 100) return 'red';
  if (rain3hMm >= 50) return 'orange';
  if (rain6hMm >= 50) return 'yellow';
  return rain12hMm >= 50 ? 'blue' : 'none';
}
