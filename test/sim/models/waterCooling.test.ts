import { describe, expect, it } from 'vitest';
import { waterCoolingKw } from '../../../src/sim/models/waterCooling';

describe('waterCoolingKw', () => {
  it('takes 2.63 MW out of a fire per litre a second of 10 °C water fully boiled off (the 2.6 MJ/L rule)', () => {
    expect(waterCoolingKw(1, 1)).toBeCloseTo(4.18 * 90 + 2257, 6);
    expect(waterCoolingKw(1, 1) / 1000).toBeCloseTo(2.6, 1);
  });

  it('scales with the flow and the share that boils off, and takes less from warmer water', () => {
    expect(waterCoolingKw(10, 0.3)).toBeCloseTo(3 * waterCoolingKw(1, 1), 6);
    expect(waterCoolingKw(1, 1, 20)).toBeCloseTo(2591.4, 1);
    expect(waterCoolingKw(0, 1)).toBe(0);
  });

  it('refuses a negative flow, a share outside 0–1 and water outside 0–100 °C', () => {
    expect(() => waterCoolingKw(-1, 0.5)).toThrow(RangeError);
    expect(() => waterCoolingKw(1, 1.5)).toThrow(RangeError);
    expect(() => waterCoolingKw(1, 0.5, 120)).toThrow(RangeError);
  });
});
