// The fixed inputs of the portable math's cross-engine check and the bits it must give for them: written once by
// test/support/writeMathFixture.ts into test/sim/math/detMathBits.json, checked in Node (vitest) and in Chromium
// (test/e2e/crossEngine.spec.ts). Inputs and results are the 16 hex digits of their IEEE-754 bits.
import type { DetMathFunction } from '../../src/sim/math/detMath.ts';
import { detMath } from '../../src/sim/math/detMath.ts';

/** Per function, rows of [argument bits…, result bits]. */
export type MathFixture = Record<DetMathFunction, string[][]>;

const view = new DataView(new ArrayBuffer(8));

export function bitsOf(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

export function numberOf(bits: string): number {
  view.setBigUint64(0, BigInt(`0x${bits}`));
  return view.getFloat64(0);
}

/** A fixed stream of numbers in [0, 1): the same everywhere, so the fixture can be rewritten identically. */
function uniforms(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const specials = [0, -0, 1, -1, 0.5, 2, 10, 1000, 1e-300, 5e-324, 1.7976931348623157e308, Infinity, -Infinity, NaN];

/** The inputs of each function: its special values, the ranges the drills use, and wide random spreads. */
export function fixtureInputs(perFunction = 300): Record<DetMathFunction, number[][]> {
  const u = uniforms(20261207);
  const spread = (count: number, make: () => number[]) => Array.from({ length: count }, make);
  const wide = () => (u() < 0.5 ? -1 : 1) * Math.pow(2, Math.floor(u() * 200) - 100) * (1 + u());
  const angle = () => (u() - 0.5) * 40;
  const one = (values: number[]) => values.map((v) => [v]);
  return {
    exp: [...one(specials), ...spread(perFunction, () => [(u() - 0.5) * 60]), ...spread(perFunction / 2, () => [(u() - 0.5) * 1500])],
    log: [...one(specials), ...spread(perFunction, () => [Math.abs(wide())]), ...spread(perFunction / 2, () => [0.5 + u()])],
    log10: [...one(specials), ...one(Array.from({ length: 40 }, (_, k) => Number(`1e${k - 20}`))), ...spread(perFunction, () => [Math.abs(wide())])],
    pow: [...specials.flatMap((x) => [[x, 2], [x, 0.5], [x, -1], [x, 1.5], [-x, 3]]), ...spread(perFunction, () => [u() * 2000, (u() - 0.5) * 8]), ...spread(perFunction / 2, () => [u(), u() * 4])],
    cbrt: [...one(specials), ...spread(perFunction, () => [wide()])],
    sin: [...one(specials), ...spread(perFunction, () => [angle()])],
    cos: [...one(specials), ...spread(perFunction, () => [angle()])],
    atan: [...one(specials), ...spread(perFunction, () => [wide()])],
    atan2: [...specials.flatMap((y) => [[y, 1], [y, -1], [y, 0], [y, -0], [1, y], [-1, y]]), ...spread(perFunction, () => [(u() - 0.5) * 200, (u() - 0.5) * 200])],
    hypot: [...specials.flatMap((x) => [[x, 3], [x, 0]]), ...spread(perFunction, () => [(u() - 0.5) * 5000, (u() - 0.5) * 5000]), ...spread(perFunction / 2, () => [wide(), wide()])],
  };
}

/** The portable math's functions, each taking its arguments as a list. */
export const detMathByName: Readonly<Record<DetMathFunction, (...args: number[]) => number>> = detMath;

function call(name: DetMathFunction, args: readonly number[]): number {
  return detMathByName[name](...args);
}

/** The fixture as the portable math computes it here. */
export function computeMathFixture(): MathFixture {
  const inputs = fixtureInputs();
  const rows = (name: DetMathFunction) => inputs[name].map((args) => [...args.map(bitsOf), bitsOf(call(name, args))]);
  return Object.fromEntries((Object.keys(inputs) as DetMathFunction[]).map((name) => [name, rows(name)])) as MathFixture;
}

/** Every row whose result differs from the fixture's bits, as `exp(3ff0000000000000) = … expected …`. */
export function mathFixtureMismatches(fixture: MathFixture): string[] {
  const found: string[] = [];
  for (const name of Object.keys(fixture) as DetMathFunction[]) {
    for (const row of fixture[name]) {
      const args = row.slice(0, -1);
      const got = bitsOf(call(name, args.map(numberOf)));
      if (got !== row[row.length - 1]) found.push(`${name}(${args.join(', ')}) = ${got}, expected ${row[row.length - 1]}`);
    }
  }
  return found;
}

/** How many rows the fixture holds. */
export function mathFixtureSize(fixture: MathFixture): number {
  return Object.values(fixture).reduce((n, rows) => n + rows.length, 0);
}
