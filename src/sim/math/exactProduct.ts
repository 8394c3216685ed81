// a·b as an unevaluated sum hi + lo, exactly: Dekker's product (1971) with Veltkamp's split, in plain arithmetic
// (JavaScript never fuses a multiply-add, so every step rounds as written, in every engine).
const SPLITTER = 134217729; // 2^27 + 1: splits a double into two halves of 26 bits whose products are exact

/** hi = a·b rounded, lo = the exact remainder; valid while a·b neither overflows nor underflows. */
export function exactProduct(a: number, b: number): { hi: number; lo: number } {
  const hi = a * b;
  const ca = SPLITTER * a;
  const aHi = ca - (ca - a);
  const aLo = a - aHi;
  const cb = SPLITTER * b;
  const bHi = cb - (cb - b);
  const bLo = b - bHi;
  return { hi, lo: ((aHi * bHi - hi) + aHi * bLo + aLo * bHi) + aLo * bLo };
}
