// The two 32-bit halves of a double, read and written through 32-bit views of one 8-byte buffer: integer work on
// the IEEE-754 bits, which every engine does alike. Used by the portable math to split a number into exponent and
// mantissa and to build exact powers of two and truncated constants. (Typed arrays, not a DataView: V8 inlines
// them, and these run in the crowd's and the flood's inner loops.)
const float = new Float64Array(1);
const signed = new Int32Array(float.buffer);
const unsigned = new Uint32Array(float.buffer);
float[0] = 1;
/** Which 32-bit half holds the sign and exponent: 1 on little-endian hardware (every engine we run on), else 0. */
const HIGH = unsigned[1] === 0x3ff00000 ? 1 : 0;
const LOW = 1 - HIGH;

/** The sign, exponent and top 20 mantissa bits of `x`, as a signed 32-bit integer (as fdlibm's GET_HIGH_WORD). */
export function highWord(x: number): number {
  float[0] = x;
  return signed[HIGH]!;
}

/** The low 32 mantissa bits of `x`, as an unsigned integer. */
export function lowWord(x: number): number {
  float[0] = x;
  return unsigned[LOW]!;
}

/** The double whose high and low words are these (the high word's sign bit is the number's sign). */
export function fromWords(high: number, low: number): number {
  unsigned[HIGH] = high >>> 0;
  unsigned[LOW] = low >>> 0;
  return float[0]!;
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
