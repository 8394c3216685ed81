import { describe, expect, it } from 'vitest';
import { probitToProbability, standardNormalCdf } from '../../../src/sim/models/normalCdf';

/** Composite Simpson integration of the standard normal density from −12 to x: an independent oracle. */
function integratedCdf(x: number): number {
  const a = -12;
  const n = 20_000;
  const h = (x - a) / n;
  const pdf = (t: number): number => Math.exp(-(t * t) / 2) / Math.sqrt(2 * Math.PI);
  let sum = pdf(a) + pdf(x);
  for (let i = 1; i < n; i += 1) sum += (i % 2 === 1 ? 4 : 2) * pdf(a + i * h);
  return (sum * h) / 3;
}

describe('standardNormalCdf', () => {
  it.each([
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [1, 0.8413447460685429],
    [1.96, 0.9750021048517795],
    [-3, 0.0013498980316300946],
  ])('matches the tabulated normal distribution at x = %f', (x, expected) => {
    expect(Math.abs(standardNormalCdf(x) - expected)).toBeLessThan(1e-14);
  });

  it('keeps its relative error small deep in the lower tail', () => {
    expect(standardNormalCdf(-5)).toBeCloseTo(2.866515718791939e-7, 15);
    expect(Math.abs(standardNormalCdf(-10) / 7.619853024160527e-24 - 1)).toBeLessThan(1e-7);
  });

  it.each([-4.2, -2.5, -1, -0.3, 0.7, 2, 3.3])('agrees with numerical integration of the density at x = %f', (x) => {
    expect(Math.abs(standardNormalCdf(x) - integratedCdf(x))).toBeLessThan(1e-10);
  });

  it('is symmetric about zero', () => {
    for (const x of [0.1, 0.9, 2.4, 6.5, 7.5]) {
      expect(standardNormalCdf(-x) + standardNormalCdf(x)).toBeCloseTo(1, 14);
    }
  });

  it('never decreases across both approximation branches', () => {
    let previous = 0;
    for (let x = -12; x <= 12; x += 0.01) {
      const p = standardNormalCdf(x);
      expect(p).toBeGreaterThanOrEqual(previous);
      previous = p;
    }
  });

  it('reaches exactly 0 and 1 at the extremes', () => {
    expect(standardNormalCdf(-40)).toBe(0);
    expect(standardNormalCdf(40)).toBe(1);
    expect(standardNormalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(standardNormalCdf(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it('rejects NaN with a RangeError', () => {
    expect(() => standardNormalCdf(Number.NaN)).toThrow(RangeError);
  });
});

describe('probitToProbability', () => {
  it('gives exactly one half at probit 5', () => {
    expect(probitToProbability(5)).toBe(0.5);
  });

  it('gives 5 % and 95 % one 1.645 probit either side of 5', () => {
    expect(probitToProbability(5 - 1.6448536269514722)).toBeCloseTo(0.05, 12);
    expect(probitToProbability(5 + 1.6448536269514722)).toBeCloseTo(0.95, 12);
  });

  it('gives 0 for the probit of a zero dose (−Infinity)', () => {
    expect(probitToProbability(Number.NEGATIVE_INFINITY)).toBe(0);
  });

  it('rejects NaN and +Infinity with a RangeError', () => {
    expect(() => probitToProbability(Number.NaN)).toThrow(RangeError);
    expect(() => probitToProbability(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
