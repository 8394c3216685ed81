// x − n·π/2 for huge |x| with the same bits in every engine: Payne–Hanek reduction (1983) done in BigInt, exact
// integer arithmetic: |x|·2/π is formed with 1200 bits of 2/π, its integer part gives the quadrant and the top
// 106 bits of its fraction, times π/2 in two parts, the reduced angle.
import { exactProduct } from './exactProduct.ts';
import { highWord, lowWord, twoToThe } from './float64Words.ts';

const TWO_OVER_PI_BITS = 1200n;
/** floor(2/π · 2^1200). */
const TWO_OVER_PI = BigInt('0xa2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561b7246e3a424dd2e006492eea09d1921cfe1deb1cb129a73ee88235f52ebb4484e99c7026b45f7e413991d639835339f49c845f8bbdf9283b1ff897ffde05980fef2f118b5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d7527bac7ebe5f17b3d0739f78a5292ea6bfb5fb11f8d5d0856033046fc7b');
const PIO2_HI = 1.5707963267948966; // 0x3ff921fb 54442d18
const PIO2_LO = 6.123233995736766e-17; // π/2 − PIO2_HI
const TWO_M53 = twoToThe(-53);
const TWO_M106 = twoToThe(-106);
const LOW_53 = (1n << 53n) - 1n;

/** x = quadrant·π/2 + y0 + y1 with |y0 + y1| ≤ π/4, for finite |x| ≥ 2^20 (a normal number). */
export function reduceLargeAngle(x: number): { quadrant: number; y0: number; y1: number } {
  const ax = Math.abs(x);
  const hx = highWord(ax);
  const exponent = BigInt((hx >> 20) - 1075); // ax = mantissa · 2^exponent, mantissa a 53-bit integer
  const mantissa = (BigInt((hx & 0xfffff) | 0x100000) << 32n) | BigInt(lowWord(ax));
  const product = mantissa * TWO_OVER_PI; // ax·2/π = product · 2^(exponent − 1200)
  const shift = TWO_OVER_PI_BITS - exponent; // at least 229 for any finite double
  const whole = product >> shift;
  const top = (product - (whole << shift)) >> (shift - 106n); // the fraction's first 106 bits
  let quadrant = Number(whole & 3n);
  let hi = Number(top >> 53n) * TWO_M53;
  const lo = Number(top & LOW_53) * TWO_M106;
  if (hi >= 0.5) { // measure from the nearer multiple of π/2
    hi -= 1;
    quadrant = (quadrant + 1) % 4;
  }
  const p = exactProduct(hi, PIO2_HI);
  const tail = p.lo + hi * PIO2_LO + lo * PIO2_HI;
  const y0 = p.hi + tail;
  const y1 = tail - (y0 - p.hi);
  return x < 0 ? { quadrant: (4 - quadrant) % 4, y0: -y0, y1: -y1 } : { quadrant, y0, y1 };
}
