// Blast overpressure of a surface TNT burst (Kingery–Bulmash) and the Eisenberg eardrum and lung harm probits.
import { probitToProbability } from './normalCdf';
import { requireAbove, requireAtLeast } from './rangeGuards';
import { detMath } from '../math/detMath';

/** Scaled-distance range (m/kg^⅓) over which the Kingery–Bulmash incident-pressure fits were made. */
export const KINGERY_BULMASH_VALID_RANGE = { minScaledDistanceMKg13: 0.2, maxScaledDistanceMKg13: 198.5 } as const;

/** Swisdak (1994) metric fits, ln P = Σ cᵢ (ln Z)ⁱ, for Z ≤ 2.9, 2.9 < Z ≤ 23.8 and Z > 23.8 m/kg^⅓. */
const NEAR_FIELD = [7.2106, -2.1069, -0.3229, 0.1117, 0.0685] as const;
const MID_FIELD = [7.5938, -3.0523, 0.40977, 0.0261, -0.01267] as const;
const FAR_FIELD = [6.0536, -1.4066] as const;

function coefficientsFor(scaledDistanceMKg13: number): readonly number[] {
  if (scaledDistanceMKg13 <= 2.9) return NEAR_FIELD;
  return scaledDistanceMKg13 <= 23.8 ? MID_FIELD : FAR_FIELD;
}

/**
 * Incident (side-on) peak overpressure, kPa, of a hemispherical TNT surface burst at scaled distance
 * Z = R / W^⅓ (m/kg^⅓): P = exp(A + B L + C L² + D L³ + E L⁴), L = ln Z. Positive, and falls as Z grows within each
 * segment; the published segments do not join exactly, so at Z = 23.8 P steps up by 0.7 % (at 2.9 it steps down 0.04 %).
 * Source: Kingery & Bulmash (1984) as simplified by Swisdak (1994), metric coefficients for 0.2–2.9, 2.9–23.8 and
 * 23.8–198.5 m/kg^⅓; matches Swisdak's table to < 0.1 %. The ground is already included: do not add a 1.8 factor.
 * Valid for 0.2 ≤ Z ≤ 198.5 (KINGERY_BULMASH_VALID_RANGE). Outside it the nearest segment's fit is evaluated as
 * published (below 0.2 the quartic is an unverified extrapolation; beyond 198.5 the power law P ∝ Z^−1.41 continues).
 * Throws RangeError for Z ≤ 0 or non-finite Z.
 */
export function kingeryBulmashKpa(scaledDistanceMKg13: number): number {
  requireAbove('scaledDistanceMKg13', scaledDistanceMKg13, 0);
  const lnZ = detMath.log(scaledDistanceMKg13);
  const coefficients = coefficientsFor(scaledDistanceMKg13);
  const exponent = coefficients.reduceRight((acc, c) => acc * lnZ + c, 0);
  return detMath.exp(exponent);
}

/**
 * Incident peak overpressure, kPa, at `distanceM` from a hemispherical surface burst of `tntKg` kg TNT equivalent:
 * kingeryBulmashKpa(distanceM / tntKg^⅓) (Hopkinson–Cranz cube-root scaling). Falls as distance grows; rises with mass.
 * Source: Hopkinson (1915) / Cranz (1926) scaling; Kingery & Bulmash (1984), Swisdak (1994) fits.
 * Outside 0.2 ≤ Z ≤ 198.5 it behaves as kingeryBulmashKpa does. Throws RangeError for a charge or distance ≤ 0
 * (no charge has no blast; the point of burst has no finite pressure) or non-finite input.
 */
export function blastOverpressureKpa(tntKg: number, distanceM: number): number {
  requireAbove('tntKg', tntKg, 0);
  requireAbove('distanceM', distanceM, 0);
  return kingeryBulmashKpa(distanceM / detMath.cbrt(tntKg));
}

function probitOfOverpressure(overpressurePa: number, intercept: number, slope: number): number {
  requireAtLeast('overpressurePa', overpressurePa, 0);
  return intercept + slope * detMath.log(overpressurePa);
}

/**
 * Probability (0–1) of eardrum rupture at a peak overpressure `overpressurePa` (Pa): Y = −15.6 + 1.93 ln P,
 * probability Φ(Y − 5). Non-decreasing in pressure; 50 % at about 43.2 kPa.
 * Source: Eisenberg, Lynch & Breeding (1975), Vulnerability Model (USCG), eardrum probit as tabulated by CCPS (2000)
 * and Crowl & Louvar, Chemical Process Safety, Table 2-5.
 * Defined for every pressure ≥ 0 (0 Pa gives 0); the probit was fitted to ideal blast waves of short duration.
 * Throws RangeError for negative or non-finite pressure.
 */
export function eardrumRuptureProbability(overpressurePa: number): number {
  return probitToProbability(probitOfOverpressure(overpressurePa, -15.6, 1.93));
}

/**
 * Probability (0–1) of death from lung haemorrhage at a peak overpressure `overpressurePa` (Pa):
 * Y = −77.1 + 6.91 ln P, probability Φ(Y − 5). Non-decreasing in pressure; 50 % at about 144.5 kPa.
 * Source: Eisenberg, Lynch & Breeding (1975), lung-haemorrhage probit as tabulated by CCPS (2000) and Crowl & Louvar,
 * Table 2-5. It is far more conservative than the physiological 50 % at ≈ 517 kPa (DeMaio / Glasstone compilations).
 * Defined for every pressure ≥ 0 (0 Pa gives 0). Throws RangeError for negative or non-finite pressure.
 */
export function lungDeathProbability(overpressurePa: number): number {
  return probitToProbability(probitOfOverpressure(overpressurePa, -77.1, 6.91));
}

/**
 * Probability that a building at this side-on overpressure (Pa) suffers structural damage: the Eisenberg et al.
 * (1975) probit Y = −23.8 + 2.92 ln P, as tabulated by CCPS and Crowl & Louvar (hazard-models.md §3.5, tagged [M]:
 * not confirmed against the original). 50 % at about 19.2 kPa (2.8 psi, between Clancey's "lower limit of serious
 * structural damage" at 2.3 psi and "steel frames distorted" at 3 psi). 0 Pa gives 0; throws RangeError for
 * negative or non-finite pressure.
 */
export function structuralDamageProbability(overpressurePa: number): number {
  return probitToProbability(probitOfOverpressure(overpressurePa, -23.8, 2.92));
}
