// Where a toxic release's plume is now: the wind at the site, the stability class, and the outdoor concentration
// at any point on the map, from the Gaussian plume with a travel-time front and tail. Pure functions.
import type { StabilityClass } from '../../models/plume.ts';
import { briggsRuralSigmas, plumeConcentrationGm3 } from '../../models/plume.ts';
import { pasquillStabilityClass } from '../../models/stability.ts';
import { ppmFromMgM3 } from '../../models/toxicLoad.ts';
import type { Weather } from '../../scenario/scenarioSchema.ts';
import type { PointM } from '../../world/townshipMap.ts';
import type { ToxicReleaseSpec } from './releaseSpec.ts';
import { detMath } from '../../math/detMath.ts';

/** Height at which people breathe, m. */
const BREATHING_HEIGHT_M = 1.5;

export interface Wind { windMs: number; windFromDeg: number }

/** The wind at the site `sinceStartS` after the release began: the last shift due by then, else the scenario's weather. */
export function windAt(weather: Weather, release: ToxicReleaseSpec, sinceStartS: number): Wind {
  let wind: Wind = { windMs: weather.windMs, windFromDeg: weather.windFromDeg };
  for (const shift of release.windShifts) if (shift.afterS <= sinceStartS) wind = { windMs: shift.windMs, windFromDeg: shift.windFromDeg };
  return wind;
}

/** The plume as it stands: what is released, how the air carries it, and for how long it has and has not flowed. */
export interface PlumeNow {
  release: ToxicReleaseSpec;
  source: PointM;
  /** Effective wind (never calmer than the spec's minimum) and where it blows from. */
  windMs: number;
  windFromDeg: number;
  stabilityClass: StabilityClass;
  /** Seconds since the release began, and since it stopped (null while it flows). */
  sinceStartS: number;
  sinceStopS: number | null;
}

export function plumeNow(options: { release: ToxicReleaseSpec; source: PointM; weather: Weather; sinceStartS: number; sinceStopS: number | null }): PlumeNow {
  const wind = windAt(options.weather, options.release, options.sinceStartS);
  const windMs = Math.max(wind.windMs, options.release.minWindMs);
  const stabilityClass = options.release.stabilityClass ?? pasquillStabilityClass(windMs, options.release.sky);
  return { ...options, windMs, windFromDeg: wind.windFromDeg, stabilityClass };
}

/** A point's distance downwind of the source and across the wind, m (map x east, y south; wind from degrees true). */
export function plumeFrame(source: PointM, at: PointM, windFromDeg: number): { downwindM: number; crosswindM: number } {
  const towardRad = ((windFromDeg + 180) * Math.PI) / 180;
  const dx = at.xM - source.xM;
  const dy = at.yM - source.yM;
  return { downwindM: dx * detMath.sin(towardRad) - dy * detMath.cos(towardRad), crosswindM: dx * detMath.cos(towardRad) + dy * detMath.sin(towardRad) };
}

/**
 * Outdoor concentration at `at`, ppm: the steady Gaussian plume (Briggs rural sigmas) where the gas has had time to
 * arrive (x ≤ u t since the start) and has not yet blown past since the source stopped (x ≥ u t since the stop);
 * 0 elsewhere and upwind. A screening estimate: chlorine is a dense gas and hugs the ground near the source.
 */
export function outdoorPpm(plume: PlumeNow, at: PointM): number {
  const { downwindM, crosswindM } = plumeFrame(plume.source, at, plume.windFromDeg);
  if (downwindM <= 0 || downwindM > plume.windMs * plume.sinceStartS) return 0;
  if (plume.sinceStopS !== null && downwindM < plume.windMs * plume.sinceStopS) return 0;
  const gm3 = plumeConcentrationGm3({
    emissionGs: plume.release.releaseGs, windMs: plume.windMs, sourceHeightM: plume.release.sourceHeightM,
    stabilityClass: plume.stabilityClass, xM: downwindM, yM: crosswindM, zM: BREATHING_HEIGHT_M,
  });
  return ppmFromMgM3(gm3 * 1000, plume.release.chemical);
}

/**
 * False when no point within `radiusM` of `centre` can have any gas: upwind, beyond the front, behind the tail, or
 * more than 8 σy off to the side (where the Gaussian is below e⁻³², far under any trace that matters).
 */
export function plumeMayReach(plume: PlumeNow, centre: PointM, radiusM: number): boolean {
  const { downwindM, crosswindM } = plumeFrame(plume.source, centre, plume.windFromDeg);
  const farM = downwindM + radiusM;
  if (farM <= 0 || downwindM - radiusM > plume.windMs * plume.sinceStartS) return false;
  if (plume.sinceStopS !== null && farM < plume.windMs * plume.sinceStopS) return false;
  return Math.abs(crosswindM) - radiusM < 8 * briggsRuralSigmas(farM, plume.stabilityClass).sigmaYM;
}

/** The point `distanceM` straight downwind of the source: where responders without a cordon end up standing. */
export function downwindPoint(plume: PlumeNow, distanceM: number): PointM {
  const towardRad = ((plume.windFromDeg + 180) * Math.PI) / 180;
  return { xM: plume.source.xM + distanceM * detMath.sin(towardRad), yM: plume.source.yM - distanceM * detMath.cos(towardRad) };
}

/**
 * Mean outdoor concentration around a circle of `radiusM` about the source, ppm: where people stand when nobody has
 * told them which side is upwind. For a plume narrow beside the circle this is the crosswind integral over the
 * circumference, C(R, 0) · √(2π) σy(R) / (2π R).
 */
export function ringMeanPpm(plume: PlumeNow, radiusM: number): number {
  const centreline = outdoorPpm(plume, downwindPoint(plume, radiusM));
  if (centreline === 0) return 0;
  const { sigmaYM } = briggsRuralSigmas(radiusM, plume.stabilityClass);
  return Math.min(centreline, (centreline * sigmaYM) / (Math.sqrt(2 * Math.PI) * radiusM));
}

/**
 * Offsets of 19 points that share a disc of radius 1 equally (centre, 6 on the ring at √(4/19), 12 at √(13/19):
 * each ring sits where it halves the area it stands for): a village's houses, one nineteenth of its people each.
 */
export const housePoints: readonly PointM[] = [
  { xM: 0, yM: 0 },
  ...ring(6, Math.sqrt(4 / 19)),
  ...ring(12, Math.sqrt(13 / 19)),
];

function ring(count: number, radius: number): PointM[] {
  return Array.from({ length: count }, (_, k) => ({ xM: radius * detMath.cos((2 * Math.PI * k) / count), yM: radius * detMath.sin((2 * Math.PI * k) / count) }));
}
