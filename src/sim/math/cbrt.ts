// ∛x with the same bits in every engine: FreeBSD msun's s_cbrt.c (Sun Microsystems, 1993; Bruce D. Evans) in plain
// arithmetic. A first guess from the exponent's bits divided by 3, a polynomial to 23 bits, rounded to 23 bits so
// that t² is exact, then one Newton step in the form t + t·(x/t² − t)/(2t + x/t²): error under 0.667 ulp.
// `cbrtByWords` is the C code word for word; `cbrt` gives its bits with one read of a word instead of six (three times
// faster in Node 20), for the flood's inner loop (one ∛ per wet face per sub-step): the guess and the rounding are
// built from a table of the powers of two, which every engine multiplies exactly.
import { fromWords, highWord, lowWord, twoToThe } from './float64Words.ts';

const B1 = 715094163; // (1023 − 1023/3 − 0.03306235651)·2^20
const B2 = 696219795; // (1023 − 1023/3 − 54/3 − 0.03306235651)·2^20
const TWO_54 = 18014398509481984;
const P0 = 1.87595182427177009643;
const P1 = -1.88497979543377169875;
const P2 = 1.6214297201053545;
const P3 = -0.758397934778766047437;
const P4 = 0.145996192886612446982;

/** t rounded away from zero to 23 significant bits: its square is exact. */
export function roundTo23Bits(t: number): number {
  const low = lowWord(t) + 0x80000000;
  const carry = low >= 0x100000000 ? 1 : 0;
  return fromWords(highWord(t) + carry, (carry === 1 ? low - 0x100000000 : low) & 0xc0000000);
}

/** The one Newton step from a 23-bit t (exact square), as s_cbrt.c ends. */
function newtonStep(x: number, t: number): number {
  const s = t * t;
  const q = x / s;
  const r = (q - t) / (t + t + q);
  return t + t * r;
}

/** s_cbrt.c word for word (the words of x and t read and written through typed arrays). */
export function cbrtByWords(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x; // ±0, ±Infinity and NaN are their own cube roots
  const hx = highWord(x);
  const sign = hx & 0x80000000;
  const magnitudeHigh = hx & 0x7fffffff;
  let t = magnitudeHigh < 0x00100000 // subnormal: guess from x·2^54
    ? fromWords(sign | (Math.floor((highWord(Math.abs(x) * TWO_54) & 0x7fffffff) / 3) + B2), 0)
    : fromWords(sign | (Math.floor(magnitudeHigh / 3) + B1), 0);
  const r0 = (t * t) * (t / x);
  t = roundTo23Bits(t * ((P0 + r0 * (P1 + r0 * P2)) + ((r0 * r0) * r0) * (P3 + r0 * P4)));
  return newtonStep(x, t);
}

/** 2^(k − 1074) at index k, for every power of two a double holds (2^−1074 … 2^1023). */
const powersOfTwo = Float64Array.from({ length: 2098 }, (_, k) => twoToThe(k - 1074));
/** 2^(e − 1023) for a biased exponent e (1 … 2046). */
const twoToBiased = (e: number) => powersOfTwo[e + 51]!;
const TWO_M20 = twoToThe(-20);
const TWO_23 = 8388608;

/**
 * `roundTo23Bits` of a positive normal t without its words: it adds 2^31 to the 64-bit word and clears the low 30
 * bits, which for t = (2^52 + f)·2^(E − 52) is n·2^(E − 22) with n = ⌊t / 2^(E − 22)⌋ + 2; when the carry reaches the
 * exponent (n ≥ 2^23, n − 2^23 being 0 or 1) the cleared bits count from E + 1: 2^(E + 1) + (n − 2^23)·2^(E − 21).
 * `biasedExponent` is t's biased exponent give or take one; t lies between 2^−1000 and 2^1000.
 */
export function roundTo23BitsNear(t: number, biasedExponent: number): number {
  let e = biasedExponent;
  while (t >= twoToBiased(e + 1)) e++;
  while (t < twoToBiased(e)) e--;
  const n = Math.floor(t * powersOfTwo[2119 - e]!) + 2; // t / 2^(E − 22), E = e − 1023
  return (n < TWO_23 ? n : n + n - TWO_23) * powersOfTwo[e + 29]!;
}

/**
 * The real cube root of x (negative for negative x), within 0.667 ulp, bit-identical in every IEEE-754 engine and to
 * `cbrtByWords`. Every step of s_cbrt.c is odd in x, so it works on |x|. Its guess, the double with high word h and
 * low word 0, is 2^(e − 1023)·(1 + m·2^−20) (e = h >>> 20, m its 20 mantissa bits) exactly; the polynomial moves it
 * by a few per cent, its exponent by at most one.
 */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const magnitudeHigh = highWord(x) & 0x7fffffff;
  if (magnitudeHigh < 0x00100000) return cbrtByWords(x); // subnormal: rare, word for word
  const ax = x < 0 ? -x : x;
  const guessHigh = Math.floor(magnitudeHigh / 3) + B1;
  const e = guessHigh >>> 20;
  let t = twoToBiased(e) * (1 + (guessHigh & 0xfffff) * TWO_M20);
  const r0 = (t * t) * (t / ax);
  t = roundTo23BitsNear(t * ((P0 + r0 * (P1 + r0 * P2)) + ((r0 * r0) * r0) * (P3 + r0 * P4)), e);
  const root = newtonStep(ax, t);
  return x < 0 ? -root : root;
}
