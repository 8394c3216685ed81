// sin x and cos x with the same bits in every engine: FreeBSD msun's k_sin.c, k_cos.c and the medium case of
// e_rem_pio2.c (Sun Microsystems, 1993) in plain arithmetic. x = n·π/2 + (y0 + y1) by Cody–Waite reduction with
// π/2 in three parts, then a degree-13 (sin) or degree-14 (cos) polynomial on |y| ≤ π/4. Errors below 1 ulp for
// any |x|; above 2^20 the reduction is Payne–Hanek's (largeAngle.ts).
import { reduceLargeAngle } from './largeAngle.ts';

const INV_PIO2 = 6.36619772367581382433e-01;
const PIO2_1 = 1.57079632673412561417e+00; // the first 33 bits of π/2: n·PIO2_1 is exact for |n| < 2^20
const PIO2_1T = 6.07710050650619224932e-11; // π/2 − PIO2_1
const PIO2_2 = 6.07710050630396597660e-11; // the next 33 bits
const PIO2_2T = 2.02226624879595063154e-21;
const PIO2_3 = 2.02226624871116645580e-21; // and the next
const PIO2_3T = 8.47842766036889956997e-32;

const S1 = -1.66666666666666324348e-01;
const S2 = 8.33333333332248946124e-03;
const S3 = -1.98412698298579493134e-04;
const S4 = 2.75573137070700676789e-06;
const S5 = -2.50507602534068634195e-08;
const S6 = 1.58969099521155010221e-10;
const C1 = 4.16666666666666019037e-02;
const C2 = -1.38888888888741095749e-03;
const C3 = 2.48015872894767294178e-05;
const C4 = -2.75573143513906633035e-07;
const C5 = 2.08757232129817482790e-09;
const C6 = -1.13596475577881948265e-11;

/** sin(y0 + y1) for |y0 + y1| ≤ π/4, y1 being the tail of the reduced argument. */
function sinKernel(y0: number, y1: number): number {
  const z = y0 * y0;
  const w = z * z;
  const r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  const v = z * y0;
  return y0 - ((z * (0.5 * y1 - v * r) - y1) - v * S1);
}

/** cos(y0 + y1) for |y0 + y1| ≤ π/4. */
function cosKernel(y0: number, y1: number): number {
  const z = y0 * y0;
  const w = z * z;
  const r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  const halfZ = 0.5 * z;
  const u = 1 - halfZ;
  return u + (((1 - u) - halfZ) + (z * r - y0 * y1));
}

/** x = quadrant·π/2 + y0 + y1, |y0 + y1| ≤ π/4 (about), y0 + y1 carrying some 85–118 bits of x − n·π/2. */
function reduce(x: number): { quadrant: number; y0: number; y1: number } {
  if (Math.abs(x) <= Math.PI / 4) return { quadrant: 0, y0: x, y1: 0 };
  if (Math.abs(x) >= 1048576) return reduceLargeAngle(x);
  const n = Math.round(x * INV_PIO2);
  let r = x - n * PIO2_1;
  let w = n * PIO2_1T;
  let y0 = r - w;
  // Where x is close to a multiple of π/2 the first step cancels: subtract the next parts too.
  if (Math.abs(y0) < Math.abs(x) * 1.52587890625e-5) { // 2^-16
    const t = r;
    w = n * PIO2_2;
    r = t - w;
    w = n * PIO2_2T - ((t - r) - w);
    y0 = r - w;
    if (Math.abs(y0) < Math.abs(x) * 1.7763568394002505e-15) { // 2^-49
      const t2 = r;
      w = n * PIO2_3;
      r = t2 - w;
      w = n * PIO2_3T - ((t2 - r) - w);
      y0 = r - w;
    }
  }
  const y1 = (r - y0) - w;
  return { quadrant: ((n % 4) + 4) % 4, y0, y1 };
}

/** sin x, within 1 ulp, bit-identical in every IEEE-754 engine. */
export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 7.450580596923828e-9) return x; // |x| < 2^-27: sin x rounds to x
  const { quadrant, y0, y1 } = reduce(x);
  switch (quadrant) {
    case 0: return sinKernel(y0, y1);
    case 1: return cosKernel(y0, y1);
    case 2: return -sinKernel(y0, y1);
    default: return -cosKernel(y0, y1);
  }
}

/** cos x, within 1 ulp, bit-identical in every IEEE-754 engine. */
export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 7.450580596923828e-9) return 1;
  const { quadrant, y0, y1 } = reduce(x);
  switch (quadrant) {
    case 0: return cosKernel(y0, y1);
    case 1: return -sinKernel(y0, y1);
    case 2: return -cosKernel(y0, y1);
    default: return sinKernel(y0, y1);
  }
}
