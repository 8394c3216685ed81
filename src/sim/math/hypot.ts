// √(x² + y²) with the same bits in every engine: Math.hypot is only approximated by the standard and engines
// differ, while √ of a sum of squares is correctly rounded at every step. Scaled only when a square would
// overflow or underflow.
import { twoToThe } from './float64Words.ts';

const SCALE_UP = twoToThe(600);
const SCALE_DOWN = twoToThe(-600);

/** The length of (x, y), within about 1 ulp. */
export function hypot(x: number, y: number): number {
  const sum = x * x + y * y;
  if (sum < Infinity && sum > 1e-290) return Math.sqrt(sum);
  if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
  if (Number.isNaN(sum)) return NaN;
  if (x === 0 && y === 0) return 0;
  const scale = sum === Infinity ? SCALE_DOWN : SCALE_UP;
  const sx = x * scale;
  const sy = y * scale;
  return Math.sqrt(sx * sx + sy * sy) / scale;
}
