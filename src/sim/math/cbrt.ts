// ∛x with the same bits in every engine: e^(ln|x|/3) refined by one Newton step in plain arithmetic
// (t ← t + (x/t² − t)/3), which brings a 1-ulp start to within about 0.7 ulp.
import { exp } from './exp.ts';
import { log } from './log.ts';

/** The real cube root of x (negative for negative x), bit-identical in every IEEE-754 engine. */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x; // ±0, ±Infinity and NaN are their own cube roots
  const ax = Math.abs(x);
  const t = exp(log(ax) / 3);
  const root = t + (ax / (t * t) - t) / 3;
  return x < 0 ? -root : root;
}
