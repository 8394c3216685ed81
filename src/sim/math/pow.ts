// x^y with the same bits in every engine: e^(y·ln x) with ln x carried in two parts and the product split exactly
// (Dekker, 1971), so the error stays within 2 ulps. Integer powers of up to 64 are
// repeated products; the special cases follow ECMAScript's Number::exponentiate.
import { exp } from './exp.ts';
import { exactProduct } from './exactProduct.ts';
import { logTwoPart } from './log.ts';

function isOddInteger(y: number): boolean {
  return Math.abs(y) < 9007199254740992 && Math.floor(y) === y && Math.abs(y % 2) === 1;
}

/** |x|^y for finite x > 0 and finite y. */
function positivePow(x: number, y: number): number {
  if (y === 0.5) return Math.sqrt(x);
  if (Math.floor(y) === y && Math.abs(y) <= 64) {
    let result = 1;
    let base = x;
    for (let n = Math.abs(y); n > 0; n = Math.floor(n / 2)) {
      if (n % 2 === 1) result *= base;
      base *= base;
    }
    if (y >= 0 || (result !== Infinity && result !== 0)) return y >= 0 ? result : 1 / result;
  }
  const ln = logTwoPart(x);
  const product = exactProduct(ln.hi, y);
  const zHi = product.hi;
  const zLo = product.lo + ln.lo * y;
  if (zHi > 709.8) return Infinity;
  if (zHi < -745.2) return 0;
  const e = exp(zHi);
  return e + e * zLo;
}

/** x^y (the `**` operator), within 2 ulps, bit-identical in every IEEE-754 engine. */
export function pow(x: number, y: number): number {
  if (Number.isNaN(y)) return NaN;
  if (y === 0) return 1;
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  if (y === Infinity) return ax === 1 ? NaN : ax > 1 ? Infinity : 0;
  if (y === -Infinity) return ax === 1 ? NaN : ax > 1 ? 0 : Infinity;
  const negativeResult = (x < 0 || Object.is(x, -0)) && isOddInteger(y);
  if (x === 0 || ax === Infinity) {
    const big = (x === 0) === (y < 0);
    const magnitude = big ? Infinity : 0;
    return negativeResult ? -magnitude : magnitude;
  }
  if (x < 0 && Math.floor(y) !== y) return NaN;
  const magnitude = positivePow(ax, y);
  return negativeResult ? -magnitude : magnitude;
}
