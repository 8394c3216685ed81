// Incubation periods of food poisoning: Sartwell's log-normal law, drawn from a uniform number by inverse CDF.
import { requireAbove, requireAtLeast } from './rangeGuards';
import { detMath } from '../math/detMath';

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.383577518672690e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

const poly = (coefficients: number[], x: number) => coefficients.reduce((acc, c) => acc * x + c, 0);

/**
 * Φ⁻¹(p), the standard normal quantile, increasing in p, with Φ⁻¹(0.5) = 0 and Φ⁻¹(1 − p) = −Φ⁻¹(p).
 * Source: Acklam (2003) rational approximation, relative error below 1.15 × 10⁻⁹.
 * Throws RangeError unless 0 < p < 1.
 */
export function standardNormalQuantile(p: number): number {
  requireAbove('p', p, 0);
  if (p >= 1) throw new RangeError(`p must be less than 1, got ${p}`);
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * detMath.log(p));
    return poly(C, q) / (poly(D, q) * q + 1);
  }
  if (p > 1 - P_LOW) return -standardNormalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (poly(A, r) * q) / (poly(B, r) * r + 1);
}

/**
 * An incubation period, s, from Sartwell's law: log-normal with the given median and dispersion factor (the
 * geometric standard deviation), so that about 68 % of cases fall between median ÷ factor and median × factor.
 * `uniform` in (0, 1) picks the case by inverse CDF: 0.5 gives the median, larger gives longer.
 * Source: Sartwell (1950), "The distribution of incubation periods of infectious disease", Am. J. Hyg. 51:310,
 * which applies to single-meal food-borne outbreaks. Throws RangeError for a median ≤ 0, a factor < 1 or a
 * uniform outside (0, 1).
 */
export function sartwellIncubationS(options: { medianS: number; dispersionFactor: number; uniform: number }): number {
  requireAbove('medianS', options.medianS, 0);
  requireAtLeast('dispersionFactor', options.dispersionFactor, 1);
  return options.medianS * detMath.pow(options.dispersionFactor, standardNormalQuantile(options.uniform));
}
