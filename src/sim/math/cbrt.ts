// ∛x with the same bits in every engine: FreeBSD msun's s_cbrt.c (Sun Microsystems, 1993; Bruce D. Evans) in plain
// arithmetic. A first guess from the exponent's bits divided by 3, a polynomial to 23 bits, rounded to 23 bits so
// that t² is exact, then one Newton step in the form t + t·(x/t² − t)/(2t + x/t²): error under 0.667 ulp.
import { fromWords, highWord, lowWord } from './float64Words.ts';

const B1 = 715094163; // (1023 − 1023/3 − 0.03306235651)·2^20
const B2 = 696219795; // (1023 − 1023/3 − 54/3 − 0.03306235651)·2^20
const TWO_54 = 18014398509481984;
const P0 = 1.87595182427177009643;
const P1 = -1.88497979543377169875;
const P2 = 1.6214297201053545;
const P3 = -0.758397934778766047437;
const P4 = 0.145996192886612446982;

/** t rounded away from zero to 23 significant bits: its square is exact. */
function roundTo23Bits(t: number): number {
  const low = lowWord(t) + 0x80000000;
  const carry = low >= 0x100000000 ? 1 : 0;
  return fromWords(highWord(t) + carry, (carry === 1 ? low - 0x100000000 : low) & 0xc0000000);
}

/** The real cube root of x (negative for negative x), within 0.667 ulp, bit-identical in every IEEE-754 engine. */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x; // ±0, ±Infinity and NaN are their own cube roots
  const hx = highWord(x);
  const sign = hx & 0x80000000;
  const magnitudeHigh = hx & 0x7fffffff;
  let t = magnitudeHigh < 0x00100000 // subnormal: guess from x·2^54
    ? fromWords(sign | (Math.floor((highWord(Math.abs(x) * TWO_54) & 0x7fffffff) / 3) + B2), 0)
    : fromWords(sign | (Math.floor(magnitudeHigh / 3) + B1), 0);
  const r0 = (t * t) * (t / x);
  t = roundTo23Bits(t * ((P0 + r0 * (P1 + r0 * P2)) + ((r0 * r0) * r0) * (P3 + r0 * P4)));
  const s = t * t;
  const q = x / s;
  const r = (q - t) / (t + t + q);
  return t + t * r;
}
