// ln x and log10 x with the same bits in every engine: FreeBSD msun's e_log.c and e_log10.c (Sun Microsystems,
// 1993; Bruce D. Evans) in plain arithmetic. x = 2^k·(1+f) with √2/2 ≤ 1+f < √2, read from the bits;
// ln(1+f) = 2s + 2s³/3 + … with s = f/(2+f), by a degree-14 Remez polynomial. Errors below 1 ulp; log10 of an
// exact power of ten is that power.
import { fromWords, highWord, lowWord, withLowWordCleared } from './float64Words.ts';

const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const LOG10_2_HI = 3.01029995663611771306e-01;
const LOG10_2_LO = 3.69423907715893078616e-13;
const INV_LN10_HI = 4.34294481878168880939e-01;
const INV_LN10_LO = 2.50829467116452752298e-11;
const TWO_54 = 1.80143985094819840000e+16;
const LG1 = 6.666666666666735130e-01;
const LG2 = 3.999999999940941908e-01;
const LG3 = 2.857142874366239149e-01;
const LG4 = 2.222219843214978396e-01;
const LG5 = 1.818357216161805012e-01;
const LG6 = 1.531383769920937332e-01;
const LG7 = 1.479819860511658591e-01;

/** x = 2^k·(1+f): the exponent k and f, or the answer itself for 0, negatives, NaN and Infinity. */
type Split = { k: number; f: number } | { answer: number };

function split(x: number): Split {
  if (Number.isNaN(x) || x < 0) return { answer: NaN };
  if (x === 0) return { answer: -Infinity };
  if (x === Infinity) return { answer: Infinity };
  let k = 0;
  let hx = highWord(x);
  let scaled = x;
  if (hx < 0x00100000) { // subnormal: scale into the normal range first
    k = -54;
    scaled = x * TWO_54;
    hx = highWord(scaled);
  }
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000; // 1 when the mantissa is at least √2: halve it and count one more 2
  k += i >> 20;
  const normalized = fromWords(hx | (i ^ 0x3ff00000), lowWord(scaled));
  return { k, f: normalized - 1 };
}

/** s·(f²/2 + R(s²)) with s = f/(2+f): ln(1+f) − f + f²/2, the small tail of the series. */
function log1pTail(f: number): number {
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  return s * (0.5 * f * f + t1 + t2);
}

/** ln(1+f) as an unevaluated sum hi + lo, hi with 21 significant bits (so that hi·c is exact for short c). */
function log1pTwoPart(f: number): { hi: number; lo: number } {
  const halfSquare = 0.5 * f * f;
  const hi = withLowWordCleared(f - halfSquare);
  return { hi, lo: (f - hi) - halfSquare + log1pTail(f) };
}

/** ln x, within 1 ulp; NaN below 0, −Infinity at 0. */
export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return Number.isNaN(x) || x < 0 ? NaN : x === 0 ? -Infinity : Infinity;
  let k = 0;
  let hx = highWord(x);
  let scaled = x;
  if (hx < 0x00100000) {
    k = -54;
    scaled = x * TWO_54;
    hx = highWord(scaled);
  }
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  k += i >> 20;
  const f = fromWords(hx | (i ^ 0x3ff00000), lowWord(scaled)) - 1;
  if (f === 0) return k * LN2_HI + k * LN2_LO;
  const halfSquare = 0.5 * f * f;
  return k * LN2_HI - ((halfSquare - (log1pTail(f) + k * LN2_LO)) - f);
}

/** log10 x, within 1 ulp; exact for exact powers of ten. */
export function log10(x: number): number {
  const s = split(x);
  if ('answer' in s) return s.answer;
  const { hi, lo } = log1pTwoPart(s.f);
  const y2 = s.k * LOG10_2_HI;
  const valueHi = hi * INV_LN10_HI;
  let valueLo = s.k * LOG10_2_LO + (lo + hi) * INV_LN10_LO + lo * INV_LN10_HI;
  const w = y2 + valueHi;
  valueLo += (y2 - w) + valueHi;
  return valueLo + w;
}

/** ln x as hi + lo carrying about 70 bits, for powers; x must be finite and above 0. */
export function logTwoPart(x: number): { hi: number; lo: number } {
  const s = split(x) as { k: number; f: number };
  const part = log1pTwoPart(s.f);
  const kHi = s.k * LN2_HI; // exact
  const hi = kHi + part.hi;
  const back = hi - kHi; // Knuth's two-sum: the exact rounding error of kHi + part.hi
  const lo = (kHi - (hi - back)) + (part.hi - back) + part.lo + s.k * LN2_LO;
  const sum = hi + lo;
  return { hi: sum, lo: lo - (sum - hi) };
}
