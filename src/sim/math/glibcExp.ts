// e^x with the bits of glibc's exp on an x86-64 CPU with FMA, as the perf-ref C kernels call it (glibc 2.28 and later
// pick __exp_fma at load time on such CPUs; the algorithm is Szabolcs Nagy's, Arm optimized-routines 2018).
// x = k·ln2/128 + r with |r| ≤ ln2/256, e^x = 2^(k/128)·e^r, 2^(k/128) = H·(1 + T) from a 128-entry table and e^r − 1
// from a degree-5 polynomial. The FMA build rounds two of its multiply-adds once instead of twice; JavaScript has no
// fused multiply-add, so those two are computed exactly (Dekker's product and Knuth's sum) and rounded once. Only
// + − × on doubles: the same bits in every engine. Checked against this machine's libm in test/sim/math.
import { exactProduct } from './exactProduct.ts';
import { exp } from './exp.ts';
import { twoToThe } from './float64Words.ts';
import { twoToTheKth128 as H, twoToTheKth128Tail as T } from './glibcExpTable.ts';

const INV_LN2_N = 184.6649652337873; // 0x1.71547652b82fep0 · 128
const NEG_LN2_HI_N = -0.005415212348111709; // −0x1.62e42fefa0000p-8: k·this is exact
const NEG_LN2_LO_N = -1.2864023111638346e-14; // −0x1.cf79abc9e3b3ap-47
const SHIFT = 6755399441055744; // 0x1.8p52: adding it rounds to an integer
const C2 = 0.49999999999996786; // 0x1.ffffffffffdbdp-2
const C3 = 0.16666666666665886; // 0x1.555555555543cp-3
const C4 = 0.0416666808410674; // 0x1.55555cf172b91p-5
const C5 = 0.008333335853059549; // 0x1.1111167a4d017p-7
const TINY = 5.551115123125783e-17; // 2^-54: below it glibc returns 1 + x
const LARGE = 512; // from here glibc takes its slow path for overflow and underflow

/** 2^e for e = −740 … 740 (k/128 stays in there for |x| < 512). */
const powerOffset = 740;
const powers = Float64Array.from({ length: 2 * powerOffset + 1 }, (_, e) => twoToThe(e - powerOffset));

/**
 * e^x with the bits of glibc's exp (its FMA build) for 2^-54 ≤ |x| < 512, and 1 + x below; at and above 512 (where
 * glibc takes a slow path not ported here) detMath's exp, within 1 ulp. Rounds the two multiply-adds twice first
 * (cheap), and only where that could round the result differently from the fused ones (about 1 call in 30) works
 * them out exactly.
 */
export function glibcExp(x: number): number {
  const ax = Math.abs(x);
  if (!(ax >= TINY && ax < LARGE)) return ax < TINY ? 1 + x : exp(x);
  const kd = INV_LN2_N * x + SHIFT - SHIFT;
  const k = kd | 0;
  const r = x + kd * NEG_LN2_HI_N + kd * NEG_LN2_LO_N;
  const idx = k & 127;
  const r2 = r * r;
  const tmp = T[idx]! + r + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5);
  const h = H[idx]!;
  const scaled = h * tmp;
  const whole = h + scaled;
  const wholeRest = (h - whole) + scaled; // exact: |scaled| < |h|
  // Fused, tmp could differ by 2^-52 (|b| + |tmp|) (b one ulp off, then rounded again) and h·tmp is not rounded: the
  // exact result lies within 2^-50 |h·tmp| + 2^-89 of whole + wholeRest (2^-89 covers |b| > |tmp|, b and r⁴(C4 + r C5)
  // cancelling). With the bound doubled, the fused result rounds to whole too when it stays within half the spacing
  // of the doubles at whole (whole is within 0.997 … 2.006; at a power of two, the smaller spacing below it).
  const halfSpacing = whole <= 1 ? 5.551115123125783e-17 : whole <= 2 ? 1.1102230246251565e-16 : 2.220446049250313e-16;
  if (Math.abs(wholeRest) + Math.abs(scaled) * 1.7763568394002505e-15 + 1.2924697071141057e-26 < halfSpacing) return whole * powers[(k >> 7) + powerOffset]!;
  return fusedAsGlibc(x);
}

/** glibcExp's main path with both multiply-adds fused: each product exact (Dekker), each sum exact (Knuth), one rounding. */
function fusedAsGlibc(x: number): number {
  const kd = INV_LN2_N * x + SHIFT - SHIFT;
  const k = kd | 0;
  const r = x + kd * NEG_LN2_HI_N + kd * NEG_LN2_LO_N;
  const idx = k & 127;
  const r2 = r * r;
  // b = fma(r2, C2 + r·C3, T + r)
  const p1 = C2 + r * C3;
  const a = T[idx]! + r;
  const { hi: product, lo: productRest } = exactProduct(r2, p1);
  const sum = a + product;
  const back = sum - a;
  const sumRest = (a - (sum - back)) + (product - back);
  const b = sum + (sumRest + productRest);
  const tmp = b + r2 * r2 * (C4 + r * C5);
  // e^x = fma(scale, tmp, scale) with scale = H·2^(k>>7): H(1 + tmp) with one rounding, then the exact power of two.
  const h = H[idx]!;
  const { hi: scaled, lo: scaledRest } = exactProduct(h, tmp);
  const whole = h + scaled;
  const wholeRest = (h - whole) + scaled; // exact: |scaled| < |h|
  return (whole + (wholeRest + scaledRest)) * powers[(k >> 7) + powerOffset]!;
}
