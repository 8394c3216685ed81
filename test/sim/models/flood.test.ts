import { describe, expect, it } from 'vitest';
import { floodHazardRating, rainstormSignal, scsRunoffMm } from '../../../src/sim/models/flood';
import type { FloodConditions, FloodLandUse } from '../../../src/sim/models/flood';

describe('floodHazardRating', () => {
  it.each<[FloodLandUse, number, number, number]>([
    ['pasture', 0.2, 0, 0], ['woodland', 0.2, 0, 0], ['urban', 0.2, 0, 0],
    ['pasture', 0.5, 0, 0], ['woodland', 0.5, 0, 0.5], ['urban', 0.5, 0, 1],
    ['pasture', 1.0, 0.5, 0.5], ['woodland', 1.0, 0.5, 1], ['urban', 1.0, 0.5, 1],
    ['pasture', 0.5, 2.5, 0.5], ['woodland', 0.5, 2.5, 1], ['urban', 0.5, 2.5, 1],
  ])('uses the FD2321 Table 3.1 debris factor for %s at %f m and %f m/s', (landUse, depthM, velocityMs, df) => {
    expect(floodHazardRating({ depthM, velocityMs, landUse }).debrisFactor).toBe(df);
  });

  it('puts the debris-factor depth boundaries in the lower band (0.25 m → 0, 0.75 m → middle)', () => {
    expect(floodHazardRating({ depthM: 0.25, velocityMs: 1, landUse: 'urban' }).debrisFactor).toBe(0);
    expect(floodHazardRating({ depthM: 0.75, velocityMs: 1, landUse: 'woodland' }).debrisFactor).toBe(0.5);
    expect(floodHazardRating({ depthM: 0.7500001, velocityMs: 1, landUse: 'woodland' }).debrisFactor).toBe(1);
  });

  it('raises the debris factor only when velocity exceeds 2 m/s, not at exactly 2', () => {
    expect(floodHazardRating({ depthM: 0.5, velocityMs: 2, landUse: 'woodland' }).debrisFactor).toBe(0.5);
    expect(floodHazardRating({ depthM: 0.5, velocityMs: 2.01, landUse: 'woodland' }).debrisFactor).toBe(1);
  });

  it('applies the fast-water debris factor in shallow water too, but not on dry ground', () => {
    expect(floodHazardRating({ depthM: 0.1, velocityMs: 3, landUse: 'urban' }).debrisFactor).toBe(1);
    expect(floodHazardRating({ depthM: 0, velocityMs: 3, landUse: 'urban' })).toEqual({ debrisFactor: 0, rating: 0, hazardClass: 'low' });
  });

  it('rates shallow slow urban water low: 0.2 m at 0.3 m/s → HR 0.16', () => {
    const hazard = floodHazardRating({ depthM: 0.2, velocityMs: 0.3, landUse: 'urban' });
    expect(hazard.rating).toBeCloseTo(0.16, 12);
    expect(hazard.hazardClass).toBe('low');
  });

  it('rates 0.3 m of urban water at 2 m/s significant: HR 0.3 × 2.5 + 1 = 1.75', () => {
    const hazard = floodHazardRating({ depthM: 0.3, velocityMs: 2, landUse: 'urban' });
    expect(hazard.rating).toBeCloseTo(1.75, 12);
    expect(hazard.hazardClass).toBe('significant');
  });

  it.each<[string, FloodConditions, number, string]>([
    ['just below 0.75', { depthM: 0.5, velocityMs: 0.98, landUse: 'pasture' }, 0.74, 'low'],
    ['exactly 0.75', { depthM: 0.5, velocityMs: 1, landUse: 'pasture' }, 0.75, 'moderate'],
    ['0.75 from 0.3 m at 2 m/s', { depthM: 0.3, velocityMs: 2, landUse: 'pasture' }, 0.75, 'moderate'],
    ['exactly 1.25', { depthM: 0.5, velocityMs: 2, landUse: 'pasture' }, 1.25, 'significant'],
    ['exactly 2.0', { depthM: 1, velocityMs: 1, landUse: 'pasture' }, 2, 'significant'],
    ['just above 2.0', { depthM: 1, velocityMs: 1.01, landUse: 'pasture' }, 2.01, 'extreme'],
  ])('classes a rating %s by the FD2320 bands', (_label, conditions, rating, hazardClass) => {
    const hazard = floodHazardRating(conditions);
    expect(hazard.rating).toBeCloseTo(rating, 12);
    expect(hazard.hazardClass).toBe(hazardClass);
  });

  it('never lowers the rating as the water deepens or speeds up', () => {
    for (const landUse of ['pasture', 'woodland', 'urban'] as const) {
      let previous = -1;
      for (let depthM = 0; depthM <= 3; depthM += 0.05) {
        const rating = floodHazardRating({ depthM, velocityMs: 1, landUse }).rating;
        expect(rating).toBeGreaterThanOrEqual(previous);
        previous = rating;
      }
      expect(floodHazardRating({ depthM: 0.6, velocityMs: 2.5, landUse }).rating)
        .toBeGreaterThan(floodHazardRating({ depthM: 0.6, velocityMs: 1.5, landUse }).rating);
    }
  });

  it('rejects negative or NaN depth and velocity and an unknown land use with a RangeError', () => {
    expect(() => floodHazardRating({ depthM: -0.1, velocityMs: 1, landUse: 'urban' })).toThrow(RangeError);
    expect(() => floodHazardRating({ depthM: 0.5, velocityMs: -1, landUse: 'urban' })).toThrow(RangeError);
    expect(() => floodHazardRating({ depthM: Number.NaN, velocityMs: 1, landUse: 'urban' })).toThrow(RangeError);
    expect(() => floodHazardRating({ depthM: 0.5, velocityMs: 1, landUse: 'desert' as FloodLandUse })).toThrow(RangeError);
  });
});

describe('scsRunoffMm', () => {
  it('turns 3.0 in of rain on CN 80 into 1.25 in of runoff (TR-55 Table 2-1)', () => {
    expect(scsRunoffMm(76.2, 80)).toBeCloseTo(31.75, 9);
  });

  it('gives 0.093 mm from 25 mm on CN 70, just past the initial abstraction of 21.77 mm', () => {
    expect(scsRunoffMm(25, 70)).toBeCloseTo(0.093, 3);
  });

  it('gives no runoff until rain exceeds the initial abstraction Ia = 0.2 S', () => {
    expect(scsRunoffMm(12.7, 80)).toBe(0);
    expect(scsRunoffMm(12.8, 80)).toBeGreaterThan(0);
    expect(scsRunoffMm(0, 98)).toBe(0);
  });

  it('runs all rain off an impervious surface (CN 100)', () => {
    expect(scsRunoffMm(42, 100)).toBeCloseTo(42, 12);
  });

  it('never exceeds the rain and rises with both rain and curve number', () => {
    for (const cn of [55, 70, 85, 98]) {
      let previous = 0;
      for (let rainMm = 0; rainMm <= 300; rainMm += 10) {
        const q = scsRunoffMm(rainMm, cn);
        expect(q).toBeLessThanOrEqual(rainMm);
        expect(q).toBeGreaterThanOrEqual(previous);
        previous = q;
      }
    }
    expect(scsRunoffMm(100, 85)).toBeGreaterThan(scsRunoffMm(100, 70));
  });

  it('rejects negative rain and a curve number outside (0, 100] with a RangeError', () => {
    expect(() => scsRunoffMm(-1, 80)).toThrow(RangeError);
    expect(() => scsRunoffMm(50, 0)).toThrow(RangeError);
    expect(() => scsRunoffMm(50, 101)).toThrow(RangeError);
    expect(() => scsRunoffMm(Number.NaN, 80)).toThrow(RangeError);
  });
});

describe('rainstormSignal', () => {
  const dry = { rain3hMm: 0, rain6hMm: 0, rain12hMm: 0 };

  it('is blue when 12-hour rain reaches exactly 50 mm, none just below', () => {
    expect(rainstormSignal({ ...dry, rain12hMm: 50 })).toBe('blue');
    expect(rainstormSignal({ ...dry, rain12hMm: 49.9 })).toBe('none');
  });

  it('is yellow when 6-hour rain reaches exactly 50 mm', () => {
    expect(rainstormSignal({ ...dry, rain6hMm: 50, rain12hMm: 50 })).toBe('yellow');
  });

  it('is orange when 3-hour rain reaches exactly 50 mm', () => {
    expect(rainstormSignal({ rain3hMm: 50, rain6hMm: 50, rain12hMm: 50 })).toBe('orange');
  });

  it('is red when 3-hour rain reaches exactly 100 mm, orange at 99.9', () => {
    expect(rainstormSignal({ rain3hMm: 100, rain6hMm: 100, rain12hMm: 100 })).toBe('red');
    expect(rainstormSignal({ rain3hMm: 99.9, rain6hMm: 100, rain12hMm: 100 })).toBe('orange');
  });

  it('gives the highest signal any window reaches', () => {
    expect(rainstormSignal({ rain3hMm: 20, rain6hMm: 30, rain12hMm: 55 })).toBe('blue');
    expect(rainstormSignal({ rain3hMm: 101, rain6hMm: 120, rain12hMm: 150 })).toBe('red');
  });

  it('rejects negative or NaN rainfall with a RangeError', () => {
    expect(() => rainstormSignal({ ...dry, rain6hMm: -1 })).toThrow(RangeError);
    expect(() => rainstormSignal({ ...dry, rain3hMm: Number.NaN })).toThrow(RangeError);
  });
});
