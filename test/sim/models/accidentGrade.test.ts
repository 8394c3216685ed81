import { describe, expect, it } from 'vitest';
import { accidentGrade } from '../../../src/sim/models/accidentGrade';
import type { AccidentConsequences, AccidentGrade } from '../../../src/sim/models/accidentGrade';

const none: AccidentConsequences = { deaths: 0, seriousInjuries: 0, directLossYuan: 0 };

describe('accidentGrade', () => {
  it.each<[number, AccidentGrade]>([
    [0, 'general'], [2, 'general'], [3, 'larger'], [9, 'larger'], [10, 'major'], [29, 'major'], [30, 'especially-major'],
  ])('grades %i deaths alone as %s (以上 includes the number)', (deaths, grade) => {
    expect(accidentGrade({ ...none, deaths })).toBe(grade);
  });

  it.each<[number, AccidentGrade]>([
    [9, 'general'], [10, 'larger'], [49, 'larger'], [50, 'major'], [99, 'major'], [100, 'especially-major'],
  ])('grades %i serious injuries alone as %s', (seriousInjuries, grade) => {
    expect(accidentGrade({ ...none, seriousInjuries })).toBe(grade);
  });

  it.each<[number, AccidentGrade]>([
    [9_999_999.99, 'general'], [10_000_000, 'larger'], [49_999_999, 'larger'], [50_000_000, 'major'],
    [99_999_999, 'major'], [100_000_000, 'especially-major'],
  ])('grades a direct loss of %f yuan alone as %s', (directLossYuan, grade) => {
    expect(accidentGrade({ ...none, directLossYuan })).toBe(grade);
  });

  it('grades 2 deaths, 9 injuries and 9.99 million yuan as general: every criterion just below 较大', () => {
    expect(accidentGrade({ deaths: 2, seriousInjuries: 9, directLossYuan: 9_990_000 })).toBe('general');
  });

  it('takes the highest grade any criterion reaches', () => {
    expect(accidentGrade({ deaths: 1, seriousInjuries: 60, directLossYuan: 5_000_000 })).toBe('major');
    expect(accidentGrade({ deaths: 0, seriousInjuries: 0, directLossYuan: 120_000_000 })).toBe('especially-major');
    expect(accidentGrade({ deaths: 4, seriousInjuries: 12, directLossYuan: 60_000_000 })).toBe('major');
  });

  it('rejects fractional or negative counts and a negative or NaN loss with a RangeError', () => {
    expect(() => accidentGrade({ ...none, deaths: 1.5 })).toThrow(RangeError);
    expect(() => accidentGrade({ ...none, seriousInjuries: -1 })).toThrow(RangeError);
    expect(() => accidentGrade({ ...none, directLossYuan: -1 })).toThrow(RangeError);
    expect(() => accidentGrade({ ...none, directLossYuan: Number.NaN })).toThrow(RangeError);
  });
});
