// Gaussian plume from a continuous point source, with ground reflection and Briggs open-country sigmas.
import { requireAbove, requireAtLeast, requireFinite, requireOneOf } from './rangeGuards';
import { detMath } from '../math/detMath';

/** Pasquill–Gifford atmospheric stability class: A very unstable … D neutral … F moderately stable. */
export type StabilityClass = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/** Distance range (m) over which the Briggs (1973) fits were made. */
export const BRIGGS_VALID_RANGE = { minDistanceM: 100, maxDistanceM: 10_000 } as const;

/** σy = ay x (1 + 0.0001 x)^−½ and σz = az x (1 + bz x)^pz, x in m (Briggs rural). */
const RURAL: Readonly<Record<StabilityClass, { ay: number; az: number; bz: number; pz: number }>> = {
  A: { ay: 0.22, az: 0.2, bz: 0, pz: 0 },
  B: { ay: 0.16, az: 0.12, bz: 0, pz: 0 },
  C: { ay: 0.11, az: 0.08, bz: 0.0002, pz: -0.5 },
  D: { ay: 0.08, az: 0.06, bz: 0.0015, pz: -0.5 },
  E: { ay: 0.06, az: 0.03, bz: 0.0003, pz: -1 },
  F: { ay: 0.04, az: 0.016, bz: 0.0003, pz: -1 },
};

const CLASSES = Object.keys(RURAL) as StabilityClass[];

/** Horizontal and vertical dispersion coefficients, m. */
export interface DispersionSigmas {
  sigmaYM: number;
  sigmaZM: number;
}

/**
 * Briggs open-country (rural) dispersion coefficients σy, σz (m) at downwind distance `distanceM` for a Pasquill
 * stability class. Both are positive and grow with distance; both shrink from class A to F at a given distance.
 * Source: Briggs (1973), as tabulated in CCPS (1999) Guidelines for Consequence Analysis and checked against
 * GasDispersion.jl's CCPS tests.
 * The fits are meant for 100 m – 10 km (BRIGGS_VALID_RANGE); at any other distance > 0 they are evaluated as
 * published. Throws RangeError for distance ≤ 0, non-finite distance, or an unknown class.
 */
export function briggsRuralSigmas(distanceM: number, stabilityClass: StabilityClass): DispersionSigmas {
  requireAbove('distanceM', distanceM, 0);
  const c = RURAL[requireOneOf('stabilityClass', stabilityClass, CLASSES)];
  return {
    sigmaYM: (c.ay * distanceM) / Math.sqrt(1 + 0.0001 * distanceM),
    sigmaZM: c.az * distanceM * detMath.pow(1 + c.bz * distanceM, c.pz),
  };
}

/** A continuous release and the receptor point, in a frame with x downwind, y crosswind, z up from the ground. */
export interface PlumeQuery {
  /** Emission rate, g/s. */
  emissionGs: number;
  /** Wind speed at release height, m/s (> 0). */
  windMs: number;
  /** Effective release height (stack plus plume rise), m. */
  sourceHeightM: number;
  stabilityClass: StabilityClass;
  /** Downwind distance, m. */
  xM: number;
  /** Crosswind offset, m. */
  yM: number;
  /** Receptor height above ground, m. */
  zM: number;
}

/**
 * Concentration (g/m³) of a continuous point-source Gaussian plume with total ground reflection:
 * C = Q / (2π u σy σz) · exp(−y² / 2σy²) · [exp(−(z − H)² / 2σz²) + exp(−(z + H)² / 2σz²)], Briggs rural sigmas.
 * Guarantees C ≥ 0, C proportional to Q and to 1/u, symmetric in y, and 0 upwind (xM ≤ 0).
 * Source: Gaussian plume as in Turner (1970) Workbook of Atmospheric Dispersion Estimates, eq. 3.1 / Crowl & Louvar,
 * Chemical Process Safety, ch. 5 (plume with reflection); sigmas from briggsRuralSigmas.
 * A passive-gas screening model: dense gases (chlorine, LPG) are only screened. Near the source (x < 100 m) and
 * beyond 10 km the sigmas are evaluated as published. Throws RangeError for windMs ≤ 0, negative emission, release
 * height or receptor height, non-finite input, or an unknown class.
 */
export function plumeConcentrationGm3(query: PlumeQuery): number {
  const { emissionGs, windMs, sourceHeightM, stabilityClass, xM, yM, zM } = query;
  requireAtLeast('emissionGs', emissionGs, 0);
  requireAbove('windMs', windMs, 0);
  requireAtLeast('sourceHeightM', sourceHeightM, 0);
  requireAtLeast('zM', zM, 0);
  requireFinite('yM', yM);
  requireOneOf('stabilityClass', stabilityClass, CLASSES);
  if (requireFinite('xM', xM) <= 0) return 0;
  const { sigmaYM, sigmaZM } = briggsRuralSigmas(xM, stabilityClass);
  const crosswind = detMath.exp(-(yM * yM) / (2 * sigmaYM * sigmaYM));
  const vertical = gaussian(zM - sourceHeightM, sigmaZM) + gaussian(zM + sourceHeightM, sigmaZM);
  return (emissionGs / (2 * Math.PI * windMs * sigmaYM * sigmaZM)) * crosswind * vertical;
}

function gaussian(offsetM: number, sigmaM: number): number {
  return detMath.exp(-(offsetM * offsetM) / (2 * sigmaM * sigmaM));
}
