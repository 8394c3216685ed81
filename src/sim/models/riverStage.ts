// River hydraulics for a lumped township river: linear-reservoir routing, the stage–discharge rating curve, and
// broad-crested weir flow (with drowned-weir reduction) over an embankment crest or through a breach.
import { requireAbove, requireAtLeast, requireFinite, requireWithin } from './rangeGuards';
import { detMath } from '../math/detMath';

/** Standard gravity, m/s². */
const gravityMs2 = 9.80665;

/**
 * Storage of a linear reservoir after `dtS` with a constant inflow: S(t + Δt) = I k + (S − I k) e^(−Δt / k), the exact
 * solution of dS/dt = I − S / k (outflow O = S / k). Guarantees S ≥ 0 whenever S and I are ≥ 0, and S → I k as Δt grows.
 * Source: Zoch (1934) linear-reservoir routing; Nash (1957), "The form of the instantaneous unit hydrograph", IAHS
 * Publ. 45, where one reservoir's impulse response is u(t) = e^(−t/k) / k.
 * Throws RangeError for negative storage, a storage constant ≤ 0, a negative time step or non-finite input; the net
 * inflow may be negative (water drawn off), and storage then stops at 0.
 */
export function linearReservoirStorageM3(storageM3: number, netInflowM3s: number, storageConstantS: number, dtS: number): number {
  requireAtLeast('storageM3', storageM3, 0);
  requireFinite('netInflowM3s', netInflowM3s);
  requireAbove('storageConstantS', storageConstantS, 0);
  requireAtLeast('dtS', dtS, 0);
  const equilibriumM3 = netInflowM3s * storageConstantS;
  return Math.max(0, equilibriumM3 + (storageM3 - equilibriumM3) * detMath.exp(-dtS / storageConstantS));
}

/** A power-law stage–discharge rating Q = C (h − h0)^β. */
export interface RatingCurve {
  /** h0: the stage of zero flow (m above datum). */
  zeroFlowStageM: number;
  /** C, in m³/s per m^β. */
  coefficient: number;
  /** β: 5/3 for a wide rectangular channel under Manning friction; 1.5–2.5 in natural channels. */
  exponent: number;
}

function checkRating(rating: RatingCurve): void {
  requireFinite('zeroFlowStageM', rating.zeroFlowStageM);
  requireAbove('coefficient', rating.coefficient, 0);
  requireWithin('exponent', rating.exponent, 0.5, 5);
}

/**
 * Discharge at a stage by the rating Q = C (h − h0)^β; 0 at or below the zero-flow stage. Rises with the stage.
 * Source: the standard power-law rating (ISO 18320; Herschy 2009, *Streamflow Measurement*, 3rd ed., ch. 10).
 * Throws RangeError for C ≤ 0, β outside [0.5, 5] or non-finite input.
 */
export function ratingDischargeM3s(stageM: number, rating: RatingCurve): number {
  requireFinite('stageM', stageM);
  checkRating(rating);
  const headM = stageM - rating.zeroFlowStageM;
  return headM > 0 ? rating.coefficient * detMath.pow(headM, rating.exponent) : 0;
}

/** Stage at a discharge, the inverse of `ratingDischargeM3s`: h = h0 + (Q / C)^(1/β). Throws RangeError for Q < 0. */
export function ratingStageM(dischargeM3s: number, rating: RatingCurve): number {
  requireAtLeast('dischargeM3s', dischargeM3s, 0);
  checkRating(rating);
  return rating.zeroFlowStageM + detMath.pow(dischargeM3s / rating.coefficient, 1 / rating.exponent);
}

/** The ideal broad-crested weir coefficient in SI units, (2/3)^(3/2) √g ≈ 1.705 m^½/s. */
export const broadCrestedWeirCoefficient = detMath.pow(2 / 3, 1.5) * Math.sqrt(gravityMs2);

/**
 * Flow over a broad-crested weir of width `widthM`: Q = Cd b H^(3/2) with H the upstream head over the crest, reduced
 * when the downstream water rises over the crest (head H2) by Villemonte's drowned-weir factor (1 − (H2/H)^1.5)^0.385.
 * 0 when the upstream water is not above the crest or the downstream water is as high. Rises with H, falls with H2.
 * Sources: Henderson (1966), *Open Channel Flow*, §6.4 (critical depth over a broad crest, Cd = (2/3)^(3/2) √g);
 * Villemonte (1947), "Submerged-weir discharge studies", Engineering News-Record 139:866.
 * Throws RangeError for a negative width, Cd ≤ 0 or non-finite input.
 */
export function weirFlowM3s(options: { upstreamM: number; downstreamM: number; crestM: number; widthM: number; coefficient?: number }): number {
  const upstreamM = requireFinite('upstreamM', options.upstreamM);
  const downstreamM = requireFinite('downstreamM', options.downstreamM);
  const crestM = requireFinite('crestM', options.crestM);
  const widthM = requireAtLeast('widthM', options.widthM, 0);
  const coefficient = requireAbove('coefficient', options.coefficient ?? broadCrestedWeirCoefficient, 0);
  const headM = upstreamM - crestM;
  if (headM <= 0 || downstreamM >= upstreamM) return 0;
  const drownedM = Math.max(0, downstreamM - crestM);
  const free = coefficient * widthM * detMath.pow(headM, 1.5);
  return free * detMath.pow(1 - detMath.pow(drownedM / headM, 1.5), 0.385);
}

/** Mean velocity of the water crossing a weir at critical depth, √(g · 2H/3), m/s (Henderson 1966, §6.4). */
export function weirVelocityMs(headM: number): number {
  requireAtLeast('headM', headM, 0);
  return Math.sqrt((gravityMs2 * 2 * headM) / 3);
}
