import { describe, expect, it } from 'vitest';
import { foodPoisoningLevel, foodPoisoningReportable } from '../../../src/sim/models/foodPoisoningGrade';

describe('foodPoisoningLevel', () => {
  it.each([
    [29, 0, 'none'], [30, 0, 'IV'], [99, 0, 'IV'], [100, 0, 'IV'], [101, 0, 'III'],
    [5, 1, 'III'], [100, 9, 'III'], [101, 1, 'II'], [20, 10, 'II'], [0, 0, 'none'],
  ])('grades %i poisoned with %i dead as %s', (casesCount, deathsCount, level) => {
    expect(foodPoisoningLevel({ casesCount, deathsCount })).toBe(level);
  });

  it('rejects counts that are not whole numbers ≥ 0', () => {
    expect(() => foodPoisoningLevel({ casesCount: -1, deathsCount: 0 })).toThrow(RangeError);
    expect(() => foodPoisoningLevel({ casesCount: 3.5, deathsCount: 0 })).toThrow(RangeError);
  });
});

describe('foodPoisoningReportable', () => {
  it('must be reported from 30 poisoned or one death', () => {
    expect(foodPoisoningReportable({ casesCount: 29, deathsCount: 0, collectiveUnit: false })).toBe(false);
    expect(foodPoisoningReportable({ casesCount: 30, deathsCount: 0, collectiveUnit: false })).toBe(true);
    expect(foodPoisoningReportable({ casesCount: 1, deathsCount: 1, collectiveUnit: false })).toBe(true);
  });

  it('must be reported from 5 poisoned in a school canteen or other collective unit', () => {
    expect(foodPoisoningReportable({ casesCount: 4, deathsCount: 0, collectiveUnit: true })).toBe(false);
    expect(foodPoisoningReportable({ casesCount: 5, deathsCount: 0, collectiveUnit: true })).toBe(true);
  });
});
