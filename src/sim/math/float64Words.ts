// The two 32-bit halves of a double, read and written through one little-endian DataView: integer work on the
// IEEE-754 bits, which every engine does alike. Used by the portable math to split a number into exponent and
// mantissa and to build exact powers of two and truncated constants.
const view = new DataView(new ArrayBuffer(8));

/** The sign, exponent and top 20 mantissa bits of `x`, as a signed 32-bit integer (as fdlibm's GET_HIGH_WORD). */
export function highWord(x: number): number {
  view.setFloat64(0, x, true);
  return view.getInt32(4, true);
}

/** The low 32 mantissa bits of `x`, as an unsigned integer. */
export function lowWord(x: number): number {
  view.setFloat64(0, x, true);
  return view.getUint32(0, true);
}

/** The double whose high and low words are these (the high word's sign bit is the number's sign). */
export function fromWords(high: number, low: number): number {
  view.setUint32(4, high >>> 0, true);
  view.setUint32(0, low >>> 0, true);
  return view.getFloat64(0, true);
}

/** `x` with its low word cleared: a number with at most 21 mantissa bits, so products with it are exact. */
export function withLowWordCleared(x: number): number {
  return fromWords(highWord(x), 0);
}

/** 2^k exactly, for any integer k from -1074 to 1023 (0 below, Infinity above). */
export function twoToThe(k: number): number {
  if (k > 1023) return Infinity;
  if (k >= -1022) return fromWords((k + 1023) << 20, 0);
  if (k >= -1074) return k >= -1042 ? fromWords(0x00080000 >>> (-1023 - k), 0) : fromWords(0, 1 << (k + 1074));
  return 0;
}
