import { describe, expect, it } from 'vitest';
import type { CombinedHazardClass } from '../../../src/sim/models/floodVehicles';
import { combinedHazardClass, vehicleUnstable } from '../../../src/sim/models/floodVehicles';

describe('combinedHazardClass (ARR 2019 Book 6 Ch. 7 / AIDR 7-3)', () => {
  it.each<[number, number, CombinedHazardClass]>([
    [0.3, 1.0, 'H1'], [0.3, 2.0, 'H2'], [0.31, 0.5, 'H2'], [0.5, 1.2, 'H2'],
    [0.6, 0.5, 'H3'], [1.2, 0.5, 'H3'], [1.3, 0.5, 'H4'], [2.0, 0.5, 'H4'],
    [2.5, 1.0, 'H5'], [1.0, 2.5, 'H5'], [4.0, 1.0, 'H5'], [4.1, 0.1, 'H6'], [1.0, 4.5, 'H6'], [2.5, 2.0, 'H6'],
  ])('puts %f m at %f m/s in %s', (depthM, velocityMs, expected) => {
    expect(combinedHazardClass(depthM, velocityMs)).toBe(expected);
  });

  it('includes each limit in its class: d = 0.3 m and d·v = 0.3 m²/s is still H1', () => {
    expect(combinedHazardClass(0.3, 1)).toBe('H1');
    expect(combinedHazardClass(0.15, 2)).toBe('H1');
    expect(combinedHazardClass(0.15, 2.01)).toBe('H5');
  });

  it('rejects negative depth or speed', () => {
    expect(() => combinedHazardClass(-0.1, 0)).toThrow(RangeError);
    expect(() => combinedHazardClass(0.1, Number.NaN)).toThrow(RangeError);
  });
});

describe('vehicleUnstable', () => {
  it('floats a small car from H2 (0.4 m of still water) but not a large 4WD until H3', () => {
    expect(vehicleUnstable(0.4, 0, 'smallCar')).toBe(true);
    expect(vehicleUnstable(0.4, 0, 'large4wd')).toBe(false);
    expect(vehicleUnstable(0.7, 0, 'large4wd')).toBe(true);
  });

  it('pushes a small car off the road in shallow but fast water (d·v > 0.3)', () => {
    expect(vehicleUnstable(0.2, 1.8, 'smallCar')).toBe(true);
    expect(vehicleUnstable(0.2, 1.4, 'smallCar')).toBe(false);
  });

  it('leaves every vehicle alone on dry road', () => {
    expect(vehicleUnstable(0, 3, 'smallCar')).toBe(false);
  });

  it('rejects an unknown vehicle', () => {
    expect(() => vehicleUnstable(0.2, 0, 'tractor' as 'smallCar')).toThrow(RangeError);
  });
});
