// The cube root the flood's inner loop calls gives the bits of s_cbrt.c followed word for word: over the ranges the
// drills reach, the whole range of doubles, and the roots just under a power of two, where the rounding carries into
// the exponent.
import { describe, expect, it } from 'vitest';
import { cbrt, cbrtByWords, roundTo23Bits, roundTo23BitsNear } from '../../../src/sim/math/cbrt.ts';
import { highWord } from '../../../src/sim/math/float64Words.ts';

let state = 11;
const uniform = () => { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return state / 4294967296; };

/** The inputs where the two differ, as text (none expected). */
function mismatches(inputs: Iterable<number>): string[] {
  const out: string[] = [];
  for (const x of inputs) if (!Object.is(cbrt(x), cbrtByWords(x))) out.push(`cbrt(${x}) = ${cbrt(x)}, word for word ${cbrtByWords(x)}`);
  return out;
}

function* spread(count: number, make: () => number): Generator<number> {
  for (let i = 0; i < count; i++) yield make();
}

/** x whose cube root lies a few ulps under 2^k (and its neighbours), for k over the normal range. */
function* rootsUnderPowersOfTwo(): Generator<number> {
  for (let k = -300; k <= 300; k += 3) {
    for (let j = 1; j < 40; j++) {
      const root = 2 ** k * (1 - j * 2 ** -53);
      const x = root * root * root;
      yield x;
      yield x * (1 + 2e-16);
      yield -x;
    }
  }
}

describe('the cube root', () => {
  it('gives the same bits as s_cbrt.c word for word for flood depths from a millimetre to ten metres', () => {
    expect(mismatches(spread(200_000, () => 0.001 + uniform() * 10))).toEqual([]);
  });

  it('gives the same bits over the whole range of doubles, negative, subnormal and special ones included', () => {
    const wide = () => (uniform() < 0.5 ? -1 : 1) * 2 ** ((uniform() - 0.5) * 2100) * (1 + uniform());
    expect(mismatches(spread(200_000, wide))).toEqual([]);
    expect(mismatches(spread(2_000, () => uniform() * 2.2250738585072014e-308))).toEqual([]);
    expect(mismatches([0, -0, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, Infinity, -Infinity, NaN, 1, 8, -27, 0.125])).toEqual([]);
  });

  it('rounds to 23 bits as the words do, the carry into the exponent included, from an exponent one off', () => {
    const inputs: number[] = [];
    for (let k = -900; k <= 900; k += 7) {
      for (let j = 0; j < 64; j++) inputs.push(2 ** k * (1 - j * 2 ** -53), 2 ** k * (1 - j * 2 ** -31), 2 ** k * (1 + uniform()));
    }
    const wrong = inputs.flatMap((t) => {
      const exponent = (highWord(t) >>> 20) + (Math.floor(uniform() * 3) - 1);
      return roundTo23BitsNear(t, exponent) === roundTo23Bits(t) ? [] : [`${t}: ${roundTo23BitsNear(t, exponent)} against ${roundTo23Bits(t)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('gives the same bits where the 23-bit rounding carries into the exponent (roots just under a power of two)', () => {
    const inputs = [...rootsUnderPowersOfTwo()];
    expect(inputs.length).toBeGreaterThan(10_000);
    expect(mismatches(inputs)).toEqual([]);
  });
});
