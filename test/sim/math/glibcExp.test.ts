// glibcExp against glibc's own exp: values that this machine's libm (glibc 2.36, its FMA build on znver3) printed
// for inputs where fdlibm's exp (V8's Math.exp, detMath.exp) gives the neighbouring double instead.
import { describe, expect, it } from 'vitest';
import { detMath } from '../../../src/sim/math/detMath.ts';
import { glibcExp } from '../../../src/sim/math/glibcExp.ts';

/** [x, glibc's exp(x)], each pair a case where fdlibm rounds the other way. */
const glibcPrinted: [number, number][] = [
  [-23.259303022751176, 7.917955275298465e-11], [-9.166292645182825, 0.0001045032229735532], [-8.691247464408605, 0.00016805025869377356],
  [-13.397300825117902, 0.0000015192392753680708], [-14.802279778274563, 3.72779114785805e-7], [-23.07250070719301, 9.544215992191485e-11],
  [-2.474102121318598, 0.08423859234769894], [-4.70522448157082, 0.009047882906947835], [4.11646857065147, 61.34223355061922],
  [1.5092357131388532, 4.5232723952170515], [2.3871781856358396, 10.882741498321318], [5.182281449862074, 178.08864819057473],
];

describe('e^x with glibc’s bits', () => {
  it.each(glibcPrinted)('gives exp(%s) = %s as glibc does, where fdlibm’s exp gives the next double', (x, glibc) => {
    expect(glibcExp(x)).toBe(glibc);
    expect(detMath.exp(x)).not.toBe(glibc);
  });

  it('stays within 1 ulp of fdlibm’s exp from −40 to 40, and gives 1 for 0 and for what is too small to matter', () => {
    for (let k = 0; k < 20_000; k++) {
      const x = -40 + (80 * k) / 20_000 + 1e-7 * (k % 7);
      const relative = Math.abs(glibcExp(x) / detMath.exp(x) - 1);
      expect(relative).toBeLessThanOrEqual(2.3e-16);
    }
    expect([glibcExp(0), glibcExp(1e-20), glibcExp(3 * Math.LN2), glibcExp(-0.5)]).toEqual([1, 1, 7.999999999999998, 0.6065306597126334]);
  });

  it('falls back to fdlibm’s exp at 512 and beyond, where glibc’s slow path is not ported', () => {
    expect([glibcExp(600), glibcExp(-600), glibcExp(-Infinity), glibcExp(Infinity)]).toEqual([detMath.exp(600), detMath.exp(-600), 0, Infinity]);
    expect(glibcExp(Number.NaN)).toBeNaN();
  });
});
