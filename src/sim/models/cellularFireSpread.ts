// Alexandridis et al. (2008) cellular-automaton wildfire spread: the chance that a burning cell ignites a neighbour.
import { requireAbove, requireAtLeast, requireFinite, requireWithin } from './rangeGuards';
import { detMath } from '../math/detMath';

/** Chance that a burning cell ignites a neighbour of the reference fuel, on flat ground, in calm air: p_h. */
export const ALEXANDRIDIS_P_H = 0.58;
/** Slope coefficient a of p_s = exp(a θ_s), per degree of slope (the per-degree reading, hazard-models.md §2.4). */
export const ALEXANDRIDIS_SLOPE_PER_DEG = 0.078;
/** Vegetation-type corrections p_veg: agricultural land, thickets (the reference), Aleppo pine (hallepo). */
export const ALEXANDRIDIS_P_VEG = { agricultural: -0.3, thickets: 0, hallepo: 0.4 } as const;
/** Vegetation-density corrections p_den. */
export const ALEXANDRIDIS_P_DEN = { sparse: -0.4, normal: 0, dense: 0.3 } as const;

/**
 * Slope factor p_s = exp(a θ_s) with θ_s = atan(rise / run) in degrees and a = 0.078 per degree: above 1 uphill,
 * below 1 downhill, 1 on the flat (×2.18 for 10° uphill). `runM` is the distance between cell centres (L, or L√2
 * on a diagonal). Source: Alexandridis, Vakalis, Siettos & Bafas (2008), Appl. Math. Comput. (the Spetses 1990 CA), p_s.
 * Throws RangeError for a run that is not above 0, or non-finite input.
 */
export function alexandridisSlopeFactor(riseM: number, runM: number): number {
  requireFinite('riseM', riseM);
  requireAbove('runM', runM, 0);
  const slopeDeg = (detMath.atan(riseM / runM) * 180) / Math.PI;
  return detMath.exp(ALEXANDRIDIS_SLOPE_PER_DEG * slopeDeg);
}

export interface BurnFactors {
  /** Vegetation-type correction p_veg (−1 … ; agricultural −0.3, thickets 0, pine +0.4). */
  pVeg: number;
  /** Vegetation-density correction p_den (−1 … ; sparse −0.4, normal 0, dense +0.3). */
  pDen: number;
  /** Wind factor p_w (grassFire.ts alexandridisWindFactor). */
  windFactor: number;
  /** Slope factor p_s (alexandridisSlopeFactor). */
  slopeFactor: number;
}

/**
 * Chance that a burning cell ignites one neighbour in one generation: p_burn = p_h (1 + p_veg)(1 + p_den) p_w p_s,
 * clamped to [0, 1] (the product can pass 1 in strong wind uphill). Guarantees 0.58 for the reference fuel on
 * flat calm ground, and a rise with every factor. Source: Alexandridis et al. (2008), p_burn equation, p_h = 0.58.
 * Throws RangeError for p_veg or p_den below −1, negative wind or slope factors, or non-finite input.
 */
export function alexandridisBurnProbability(factors: BurnFactors): number {
  const pVeg = requireWithin('pVeg', factors.pVeg, -1, 10);
  const pDen = requireWithin('pDen', factors.pDen, -1, 10);
  const windFactor = requireAtLeast('windFactor', factors.windFactor, 0);
  const slopeFactor = requireAtLeast('slopeFactor', factors.slopeFactor, 0);
  return Math.min(1, ALEXANDRIDIS_P_H * (1 + pVeg) * (1 + pDen) * windFactor * slopeFactor);
}
