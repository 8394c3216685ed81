import { describe, expect, it } from 'vitest';
import { tabulatedExp } from '../../../src/sim/models/tabulatedExp';

describe('tabulatedExp', () => {
  it('agrees with Math.exp within 1e-5 relative across its table, [−32, 4]', () => {
    for (let x = -32; x < 4; x += 0.0137) expect(Math.abs(tabulatedExp(x) / Math.exp(x) - 1)).toBeLessThan(1e-5);
  });

  it('covers the whole 2 m cutoff of the perf-ref crowd: a wall 2 m from a 0.25 m body, (0.25 − 2)/0.08', () => {
    const x = (0.25 - 1.999) / 0.08;
    expect(tabulatedExp(x)).not.toBe(Math.exp(x));
    expect(Math.abs(tabulatedExp(x) / Math.exp(x) - 1)).toBeLessThan(1e-5);
  });

  it('is exact at the table’s knots and falls back to Math.exp outside it', () => {
    expect(tabulatedExp(0)).toBe(1);
    expect(tabulatedExp(-10)).toBe(Math.exp(-10));
    expect(tabulatedExp(-40)).toBe(Math.exp(-40));
    expect(tabulatedExp(5)).toBe(Math.exp(5));
    expect(tabulatedExp(Number.NaN)).toBeNaN();
  });
});
