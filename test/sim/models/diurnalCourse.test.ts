import { describe, expect, it } from 'vitest';
import { diurnalTemperatureC, solarShare } from '../../../src/sim/models/diurnalCourse';

const day = { previousTmaxC: 37, tminC: 28, tmaxC: 39, nextTminC: 27, tminHour: 5, tmaxHour: 15 };
const at = (hourOfDay: number) => diurnalTemperatureC({ ...day, hourOfDay });

describe('diurnalTemperatureC', () => {
  it('reaches the minimum at its hour and the maximum at its hour', () => {
    expect(at(5)).toBeCloseTo(28, 10);
    expect(at(15)).toBeCloseTo(39, 10);
  });

  it('is the mean of the extremes half-way between them', () => {
    expect(at(10)).toBeCloseTo((28 + 39) / 2, 10);
    expect(at(22)).toBeCloseTo((39 + 27) / 2, 10);
  });

  it('rises through the morning and falls through the evening, without jumps', () => {
    for (let h = 5; h < 15; h += 0.5) expect(at(h + 0.5)).toBeGreaterThan(at(h));
    for (let h = 15; h < 23.5; h += 0.5) expect(at(h + 0.5)).toBeLessThan(at(h));
    expect(Math.abs(at(4.999) - at(5))).toBeLessThan(0.01);
    expect(Math.abs(at(15.001) - at(15))).toBeLessThan(0.01);
  });

  it('falls from yesterday’s maximum before dawn', () => {
    expect(at(0)).toBeLessThan(37);
    expect(at(0)).toBeGreaterThan(28);
  });

  it('rejects an hour outside the day and a maximum hour before the minimum hour', () => {
    expect(() => at(24)).toThrow(RangeError);
    expect(() => diurnalTemperatureC({ ...day, hourOfDay: 10, tminHour: 16 })).toThrow(RangeError);
  });
});

describe('solarShare', () => {
  const sun = (hourOfDay: number, sunshineShare = 1) => solarShare({ hourOfDay, sunriseHour: 5, sunsetHour: 19, sunshineShare });

  it('is zero at night and full at solar noon on a clear day', () => {
    expect(sun(3)).toBe(0);
    expect(sun(20)).toBe(0);
    expect(sun(12)).toBeCloseTo(1, 10);
  });

  it('is symmetric about noon and scales with the sunshine', () => {
    expect(sun(9)).toBeCloseTo(sun(15), 10);
    expect(sun(12, 0.4)).toBeCloseTo(0.4, 10);
  });

  it('rejects a sunshine share above 1', () => {
    expect(() => sun(12, 1.5)).toThrow(RangeError);
  });
});
