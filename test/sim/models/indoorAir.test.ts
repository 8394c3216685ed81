import { describe, expect, it } from 'vitest';
import { indoorConcentrationAfter, indoorConcentrationMean } from '../../../src/sim/models/indoorAir';

describe('indoor air in a passing cloud', () => {
  it('closes half the gap to the outdoor level in ln 2 / λ', () => {
    const halfS = (Math.LN2 / 0.5) * 3600;
    expect(indoorConcentrationAfter({ indoor: 0, outdoor: 100, airChangesPerHour: 0.5, dtS: halfS })).toBeCloseTo(50, 9);
    expect(indoorConcentrationAfter({ indoor: 100, outdoor: 0, airChangesPerHour: 0.5, dtS: halfS })).toBeCloseTo(50, 9);
  });

  it('gives the same answer in one step or in sixty (the step is exact)', () => {
    let indoor = 0;
    for (let i = 0; i < 60; i++) indoor = indoorConcentrationAfter({ indoor, outdoor: 40, airChangesPerHour: 2, dtS: 60 });
    expect(indoor).toBeCloseTo(indoorConcentrationAfter({ indoor: 0, outdoor: 40, airChangesPerHour: 2, dtS: 3600 }), 9);
    expect(indoor).toBeCloseTo(40 * (1 - Math.exp(-2)), 9);
  });

  it('lets in 21 % of the outdoor dose in the first hour at 0.5 air changes per hour: 1 − (1 − e^−λT)/λT', () => {
    let indoor = 0;
    let dose = 0;
    for (let i = 0; i < 60; i++) {
      const step = { indoor, outdoor: 1, airChangesPerHour: 0.5, dtS: 60 };
      dose += indoorConcentrationMean(step) / 60;
      indoor = indoorConcentrationAfter(step);
    }
    expect(dose).toBeCloseTo(1 - (1 - Math.exp(-0.5)) / 0.5, 9);
    expect(dose).toBeCloseTo(0.213, 3);
  });

  it('shelters better the tighter the house', () => {
    const after = (airChangesPerHour: number) => indoorConcentrationAfter({ indoor: 0, outdoor: 10, airChangesPerHour, dtS: 1800 });
    expect(after(0.5)).toBeLessThan(after(2));
    expect(after(2)).toBeLessThan(10);
    expect(after(0)).toBe(0);
    expect(indoorConcentrationMean({ indoor: 3, outdoor: 10, airChangesPerHour: 0, dtS: 60 })).toBe(3);
  });

  it('rejects negative concentrations, air change rates and steps', () => {
    expect(() => indoorConcentrationAfter({ indoor: -1, outdoor: 0, airChangesPerHour: 1, dtS: 1 })).toThrow(RangeError);
    expect(() => indoorConcentrationAfter({ indoor: 0, outdoor: 0, airChangesPerHour: -1, dtS: 1 })).toThrow(RangeError);
    expect(() => indoorConcentrationMean({ indoor: 0, outdoor: 0, airChangesPerHour: 1, dtS: -1 })).toThrow(RangeError);
  });
});
