import { describe, expect, it } from 'vitest';
import { tSquaredAlphaKwPerS2, tSquaredHrrKw } from '../../../src/sim/models/fireGrowth';
import type { FireGrowthClass } from '../../../src/sim/models/fireGrowth';

describe('tSquaredHrrKw', () => {
  it.each<[FireGrowthClass, number]>([
    ['slow', 600],
    ['medium', 300],
    ['fast', 150],
    ['ultrafast', 75],
  ])('reaches 1055 kW (1000 Btu/s) at the %s growth time of %i s', (growth, growthTimeS) => {
    expect(tSquaredHrrKw(growth, growthTimeS)).toBeCloseTo(1055, 9);
  });

  it.each<[FireGrowthClass, number]>([
    ['slow', 0.00293],
    ['medium', 0.01172],
    ['fast', 0.0469],
    ['ultrafast', 0.1876],
  ])('uses the NFPA 72 growth coefficient for a %s fire (α ≈ %f kW/s²)', (growth, publishedAlpha) => {
    expect(Math.abs(tSquaredAlphaKwPerS2(growth) / publishedAlpha - 1)).toBeLessThan(1e-3);
  });

  it('gives 263.8 kW five minutes into a slow fire and 16.88 MW into an ultrafast one', () => {
    expect(tSquaredHrrKw('slow', 300)).toBeCloseTo(263.75, 2);
    expect(tSquaredHrrKw('ultrafast', 300)).toBeCloseTo(16880, 0);
  });

  it('starts at zero and quadruples when the time doubles', () => {
    expect(tSquaredHrrKw('fast', 0)).toBe(0);
    expect(tSquaredHrrKw('fast', 240)).toBeCloseTo(4 * tSquaredHrrKw('fast', 120), 9);
  });

  it('grows faster in each faster class', () => {
    const order: FireGrowthClass[] = ['slow', 'medium', 'fast', 'ultrafast'];
    const at100s = order.map((growth) => tSquaredHrrKw(growth, 100));
    expect([...at100s].sort((a, b) => a - b)).toEqual(at100s);
  });

  it('is not capped: the caller sets the peak heat release rate', () => {
    expect(tSquaredHrrKw('ultrafast', 3600)).toBeGreaterThan(2_000_000);
  });

  it('rejects negative or NaN time and an unknown growth class with a RangeError', () => {
    expect(() => tSquaredHrrKw('slow', -1)).toThrow(RangeError);
    expect(() => tSquaredHrrKw('slow', Number.NaN)).toThrow(RangeError);
    expect(() => tSquaredHrrKw('explosive' as FireGrowthClass, 10)).toThrow(RangeError);
  });
});
