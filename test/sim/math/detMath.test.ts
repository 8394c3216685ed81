// The portable math against the engine's own Math: within 1 ulp (2 for pow and hypot) everywhere drills reach, the same
// answers for the special values, exact where exactness matters, and the fixture's bits in Node.
import { describe, expect, it } from 'vitest';
import { detMath } from '../../../src/sim/math/detMath.ts';
import type { DetMathFunction } from '../../../src/sim/math/detMath.ts';
import { detMathByName, fixtureInputs, mathFixtureMismatches, mathFixtureSize } from '../../support/mathFixture.ts';
import fixture from './detMathBits.json' with { type: 'json' };

const view = new DataView(new ArrayBuffer(16));

/** How many doubles lie between a and b (0 when they are the same number). */
function ulpsBetween(a: number, b: number): number {
  if (Object.is(a, b) || a === b) return 0;
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  const ordered = (i: bigint) => (i < 0n ? -(i & 0x7fffffffffffffffn) : i);
  const d = ordered(view.getBigInt64(0)) - ordered(view.getBigInt64(8));
  return Number(d < 0n ? -d : d);
}

let state = 7;
const uniform = () => { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return state / 4294967296; };
const wide = (fromExp: number, toExp: number) => Math.exp((fromExp + uniform() * (toExp - fromExp)) * Math.LN2);

/** Each function, Math's own, where its inputs come from, and the largest distance in ulps allowed. */
const accuracy: Record<DetMathFunction, { math: (...v: number[]) => number; input: () => number[]; maxUlps: number }> = {
  exp: { math: Math.exp, input: () => [(uniform() - 0.5) * 1450], maxUlps: 1 },
  log: { math: Math.log, input: () => [wide(-1070, 1020)], maxUlps: 1 },
  log10: { math: Math.log10, input: () => [wide(-1070, 1020)], maxUlps: 1 },
  pow: { math: Math.pow, input: () => [uniform() * 5000, (uniform() - 0.5) * 12], maxUlps: 2 },
  cbrt: { math: Math.cbrt, input: () => [(uniform() < 0.5 ? -1 : 1) * wide(-1070, 1020)], maxUlps: 1 },
  sin: { math: Math.sin, input: () => [uniform() < 0.8 ? (uniform() - 0.5) * 2000 : wide(20, 1020)], maxUlps: 1 },
  cos: { math: Math.cos, input: () => [uniform() < 0.8 ? (uniform() - 0.5) * 2000 : -wide(20, 1020)], maxUlps: 1 },
  atan: { math: Math.atan, input: () => [(uniform() < 0.5 ? -1 : 1) * wide(-40, 80)], maxUlps: 1 },
  atan2: { math: Math.atan2, input: () => [(uniform() - 0.5) * 1e4, (uniform() - 0.5) * 1e4], maxUlps: 1 },
  hypot: { math: Math.hypot, input: () => [(uniform() - 0.5) * 1e5, (uniform() - 0.5) * 1e5], maxUlps: 2 },
};

describe('the portable math', () => {
  it.each(Object.keys(accuracy) as DetMathFunction[])('%s stays within its stated ulps of Math (1 ulp ≈ 2.2e-16 relative) over 20,000 inputs', (name) => {
    const { math, input, maxUlps } = accuracy[name];
    const fn = detMathByName[name];
    let worst = { ulps: 0, relative: 0, args: [] as number[] };
    for (let i = 0; i < 20_000; i++) {
      const args = input();
      const [ours, theirs] = [fn(...args), math(...args)];
      const ulps = ulpsBetween(ours, theirs);
      if (ulps > worst.ulps) worst = { ulps, relative: Math.abs(ours - theirs) / Math.abs(theirs), args };
    }
    expect(worst.ulps, `${name}(${worst.args.join(', ')})`).toBeLessThanOrEqual(maxUlps);
    expect(worst.relative).toBeLessThanOrEqual(maxUlps * 2.3e-16);
  });

  it.each(Object.keys(accuracy) as DetMathFunction[])('%s answers the special values (±0, ±1, ±Infinity, NaN, the extremes) as Math does', (name) => {
    const fn = detMathByName[name];
    const math = accuracy[name].math;
    for (const args of fixtureInputs(0)[name]) {
      const [ours, theirs] = [fn(...args), math(...args)];
      expect(ulpsBetween(ours, theirs), `${name}(${args.join(', ')}) = ${ours}, Math says ${theirs}`).toBeLessThanOrEqual(accuracy[name].maxUlps);
      expect(Number.isNaN(ours)).toBe(Number.isNaN(theirs));
    }
  });

  it('takes the exact decimal logarithm of every power of ten a double holds exactly, and raises ten to them exactly', () => {
    for (let k = -22; k <= 22; k++) {
      expect(detMath.log10(Number(`1e${k}`))).toBe(k);
      expect(detMath.pow(10, k)).toBe(Number(`1e${k}`));
    }
  });

  it('squares exactly and takes square roots as Math.sqrt does', () => {
    for (let i = 0; i < 1000; i++) {
      const x = (uniform() - 0.5) * 1e6;
      expect(detMath.pow(x, 2)).toBe(x * x);
      expect(detMath.pow(Math.abs(x), 0.5)).toBe(Math.sqrt(Math.abs(x)));
    }
  });

  it(`gives the fixture's bits for every one of its ${mathFixtureSize(fixture)} fixed inputs`, () => {
    expect(mathFixtureSize(fixture)).toBeGreaterThan(3000);
    expect(mathFixtureMismatches(fixture)).toEqual([]);
  });
});
