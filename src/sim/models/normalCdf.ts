// Standard normal CDF and the probit → probability conversion used by the harm probits (P = Φ(Y − 5)).
import { requireFinite } from './rangeGuards';
import { detMath } from '../math/detMath';

const SQRT_2PI = 2.506628274631;

/** Hart (1968) rational approximation for the upper tail, as published by West (2005). */
function upperTail(xAbs: number): number {
  if (xAbs > 37) return 0;
  const gauss = detMath.exp(-(xAbs * xAbs) / 2);
  if (xAbs >= 7.07106781186547) {
    const fraction = xAbs + 1 / (xAbs + 2 / (xAbs + 3 / (xAbs + 4 / (xAbs + 0.65))));
    return gauss / fraction / SQRT_2PI;
  }
  const numerator = [0.0352624965998911, 0.700383064443688, 6.37396220353165, 33.912866078383,
    112.079291497871, 221.213596169931, 220.206867912376].reduce((acc, c) => acc * xAbs + c, 0);
  const denominator = [0.0883883476483184, 1.75566716318264, 16.064177579207, 86.7807322029461,
    296.564248779674, 637.333633378831, 793.826512519948, 440.413735824752].reduce((acc, c) => acc * xAbs + c, 0);
  return (gauss * numerator) / denominator;
}

/**
 * Standard normal cumulative distribution Φ(x), in [0, 1] and non-decreasing in x.
 * Source: Hart (1968) algorithm 5666 in double precision, as given by West (2005), "Better approximations
 * to cumulative normal functions", Wilmott Magazine; absolute error below 1e-14.
 * Defined for every x: ±Infinity give 0 and 1 (|x| > 37 underflows to exactly 0 or 1). NaN throws RangeError.
 */
export function standardNormalCdf(x: number): number {
  if (Number.isNaN(x)) throw new RangeError('x must be a number, got NaN');
  const tail = upperTail(Math.abs(x));
  return x > 0 ? 1 - tail : tail;
}

/**
 * Probability for a probit value: P = Φ(Y − 5), in [0, 1] and non-decreasing in Y; P = 0.5 exactly at Y = 5.
 * Source: Finney (1971) probit convention, as used by Eisenberg et al. (1975) and CCPS / Crowl & Louvar.
 * Y = −Infinity (a zero dose through a log) gives 0; NaN throws RangeError.
 */
export function probitToProbability(probit: number): number {
  if (probit !== Number.NEGATIVE_INFINITY) requireFinite('probit', probit);
  return standardNormalCdf(probit - 5);
}
