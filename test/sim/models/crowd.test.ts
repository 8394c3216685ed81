import { describe, expect, it } from 'vitest';
import { fruinWalkwayLos, SQUARE_METRES_PER_SQUARE_FOOT, weidmannSpeedMs } from '../../../src/sim/models/crowd';

/** Density (persons/m²) at which each person has exactly `areaFt2` square feet. */
const densityForFt2 = (areaFt2: number): number => 1 / (areaFt2 * SQUARE_METRES_PER_SQUARE_FOOT);

describe('weidmannSpeedMs', () => {
  it('slows to 1.298 m/s at 0.5 persons/m² and 0.606 m/s at 2 persons/m²', () => {
    expect(weidmannSpeedMs(0.5)).toBeCloseTo(1.2984, 4);
    expect(weidmannSpeedMs(2)).toBeCloseTo(0.6062, 4);
  });

  it('walks at the free speed of 1.34 m/s on an empty walkway, including density ≤ 0', () => {
    expect(weidmannSpeedMs(0)).toBe(1.34);
    expect(weidmannSpeedMs(-1)).toBe(1.34);
  });

  it('stops at and above the jam density of 5.4 persons/m²', () => {
    expect(weidmannSpeedMs(5.4)).toBe(0);
    expect(weidmannSpeedMs(7)).toBe(0);
  });

  it('never speeds up as the crowd grows denser', () => {
    let previous = Number.POSITIVE_INFINITY;
    for (let density = 0; density <= 6; density += 0.01) {
      const v = weidmannSpeedMs(density);
      expect(v).toBeLessThanOrEqual(previous);
      previous = v;
    }
  });

  it('peaks in specific flow at about 1.225 persons/(m·s) near 1.75 persons/m²', () => {
    let best = { density: 0, flow: 0 };
    for (let density = 0.01; density < 5.4; density += 0.001) {
      const flow = density * weidmannSpeedMs(density);
      if (flow > best.flow) best = { density, flow };
    }
    expect(best.flow).toBeCloseTo(1.225, 3);
    expect(Math.abs(best.density - 1.75)).toBeLessThan(0.02);
  });

  it('rejects NaN with a RangeError', () => {
    expect(() => weidmannSpeedMs(Number.NaN)).toThrow(RangeError);
  });
});

describe('fruinWalkwayLos', () => {
  it('rates 0.25 persons/m² (43 ft² each) A and 0.9 persons/m² (12 ft² each) D', () => {
    expect(fruinWalkwayLos(0.25)).toBe('A');
    expect(fruinWalkwayLos(0.9)).toBe('D');
  });

  it.each([
    [35, 'A'], [34.9, 'B'], [25, 'B'], [24.9, 'C'], [15, 'C'], [14.9, 'D'], [10, 'D'], [9.9, 'E'], [5.01, 'E'], [5, 'F'], [2, 'F'],
  ])('rates %f ft² per person %s (lower bound included for A–D, 5 ft² is F)', (areaFt2, los) => {
    expect(fruinWalkwayLos(densityForFt2(areaFt2))).toBe(los);
  });

  it('puts the F boundary at about 2.15 persons/m²', () => {
    expect(fruinWalkwayLos(2.16)).toBe('F');
    expect(fruinWalkwayLos(2.14)).toBe('E');
  });

  it('rates an empty walkway A', () => {
    expect(fruinWalkwayLos(0)).toBe('A');
  });

  it('never improves as density rises', () => {
    let previous = 'A';
    for (let density = 0; density <= 5; density += 0.01) {
      const los = fruinWalkwayLos(density);
      expect(los >= previous).toBe(true);
      previous = los;
    }
  });

  it('rejects negative and NaN density with a RangeError', () => {
    expect(() => fruinWalkwayLos(-0.1)).toThrow(RangeError);
    expect(() => fruinWalkwayLos(Number.NaN)).toThrow(RangeError);
  });
});
