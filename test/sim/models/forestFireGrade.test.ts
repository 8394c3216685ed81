import { describe, expect, it } from 'vitest';
import { forestFireGrade } from '../../../src/sim/models/forestFireGrade';

const none = { burnedForestHa: 0, deaths: 0, seriousInjuries: 0 };

describe('forestFireGrade (《森林防火条例》 Art. 40)', () => {
  it('grades by burned forest area with 以上 including the number: 1, 100 and 1000 ha', () => {
    expect(forestFireGrade({ ...none, burnedForestHa: 0.99 })).toBe('general');
    expect(forestFireGrade({ ...none, burnedForestHa: 1 })).toBe('larger');
    expect(forestFireGrade({ ...none, burnedForestHa: 99.9 })).toBe('larger');
    expect(forestFireGrade({ ...none, burnedForestHa: 100 })).toBe('major');
    expect(forestFireGrade({ ...none, burnedForestHa: 1000 })).toBe('especially-major');
  });

  it('grades by deaths at 3, 10 and 30 and by serious injuries at 10, 50 and 100', () => {
    expect(forestFireGrade({ ...none, deaths: 2 })).toBe('general');
    expect(forestFireGrade({ ...none, deaths: 3 })).toBe('larger');
    expect(forestFireGrade({ ...none, deaths: 10 })).toBe('major');
    expect(forestFireGrade({ ...none, deaths: 30 })).toBe('especially-major');
    expect(forestFireGrade({ ...none, seriousInjuries: 9 })).toBe('general');
    expect(forestFireGrade({ ...none, seriousInjuries: 10 })).toBe('larger');
    expect(forestFireGrade({ ...none, seriousInjuries: 50 })).toBe('major');
    expect(forestFireGrade({ ...none, seriousInjuries: 100 })).toBe('especially-major');
  });

  it('takes the highest grade any criterion reaches', () => {
    expect(forestFireGrade({ burnedForestHa: 0.5, deaths: 0, seriousInjuries: 60 })).toBe('major');
  });

  it('refuses negative areas and counts that are not whole', () => {
    expect(() => forestFireGrade({ ...none, burnedForestHa: -1 })).toThrow(RangeError);
    expect(() => forestFireGrade({ ...none, deaths: 1.5 })).toThrow(RangeError);
  });
});
