// A fast e^x for the crowd models' inner loops: a table with linear interpolation, built once from an exp function.
import { detMath } from '../math/detMath.ts';

/** The table's knots are anchored at x = −8 (as they always were, so values on [−8, 4] keep every bit). */
const anchorX = -8;
const perUnit = 128;
/** −32 covers the social force's whole 2 m cutoff ((0.25 − 2)/0.08 ≈ −22 for a wall), not only the drill's 0.4 m gap. */
const fromX = -32;
const toX = 4;
const knotsBelowAnchor = (anchorX - fromX) * perUnit;

/** e^x at every knot fromX + k/perUnit, k = 0 … (toX − fromX)·perUnit + 1: the one place the table is built. */
function expKnots(exp: (x: number) => number): Float64Array {
  return Float64Array.from({ length: (toX - fromX) * perUnit + 2 }, (_, k) => exp(fromX + k / perUnit));
}

const knots = expKnots(detMath.exp);
/** knots[k + 1] − knots[k]: the same subtraction as at every call, done once. */
const slopes = knots.map((v, k) => (k + 1 < knots.length ? knots[k + 1]! - v : 0));

/**
 * Where the result is put before it is returned. Returned straight from the two branches, it came back as a boxed
 * number: V8 allocated one 16-byte heap number per call once the function was inlined into the pair loop, a gigabyte
 * of garbage per 500 steps of 10,000 agents. Read back from a Float64Array, it stays an unboxed double (same bits).
 */
const result = new Float64Array(1);

/**
 * e^x within 1e-5 (relative) on [−32, 4], and detMath.exp outside: the social force and the density kernel evaluate
 * it millions of times a second, where Math.exp was their main cost.
 */
export function tabulatedExp(x: number): number {
  if (x >= fromX && x < toX) {
    const at = (x - anchorX) * perUnit;
    const k = Math.floor(at);
    result[0] = knots[k + knotsBelowAnchor]! + slopes[k + knotsBelowAnchor]! * (at - k);
  } else {
    result[0] = detMath.exp(x);
  }
  return result[0];
}
