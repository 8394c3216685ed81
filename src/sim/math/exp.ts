// e^x with the same bits in every engine: fdlibm's e_exp.c (Sun Microsystems, 1993) in plain arithmetic.
// x = k·ln2 + r with |r| ≤ ln2/2 (Cody–Waite, ln2 in two parts), e^r from a degree-5 Remez rational form, then
// scaled by an exact 2^k. Error below 1 ulp.
import { twoToThe } from './float64Words.ts';

const LN2_HI = 6.93147180369123816490e-01; // 0x3fe62e42 fee00000: k·LN2_HI is exact for |k| < 2^11
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e+00;
const OVERFLOW_ABOVE = 7.09782712893383973096e+02;
const UNDERFLOW_BELOW = -7.45133219101941108420e+02;
const P1 = 1.66666666666666019037e-01;
const P2 = -2.77777777770155933842e-03;
const P3 = 6.61375632143793436117e-05;
const P4 = -1.65339022054652515390e-06;
const P5 = 4.13813679705723846039e-08;

/** e^x, within 1 ulp of the true value, bit-identical in every IEEE-754 engine. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > OVERFLOW_ABOVE) return Infinity;
  if (x < UNDERFLOW_BELOW) return 0;
  const ax = Math.abs(x);
  if (ax < 3.725290298461914e-9) return 1 + x; // |x| < 2^-28
  let k = 0;
  let hi = x;
  let lo = 0;
  if (ax > 0.5 * Math.LN2) {
    k = Math.round(x * INV_LN2);
    hi = x - k * LN2_HI;
    lo = k * LN2_LO;
  }
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((r * c) / (c - 2) - r);
  const y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  if (k === 1024) return y * 2 * twoToThe(1023);
  // Below 2^-1021 the result is subnormal: scale in two steps so that only the last one rounds.
  return k >= -1021 ? y * twoToThe(k) : y * twoToThe(k + 1000) * twoToThe(-1000);
}
