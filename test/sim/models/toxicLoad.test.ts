import { describe, expect, it } from 'vitest';
import { lethalityProbability, mgM3FromPpm, ppmFromMgM3, toxicLoadIncrement } from '../../../src/sim/models/toxicLoad';
import type { ProbitGas } from '../../../src/sim/models/toxicLoad';

describe('ppm and mg/m³', () => {
  it.each<[ProbitGas, number]>([['chlorine', 2.9], ['ammonia', 0.697], ['carbonMonoxide', 1.146]])(
    'converts 1 ppm of %s to the tabulated mg/m³ at 25 °C', (gas, mgM3) => {
      expect(mgM3FromPpm(1, gas)).toBeCloseTo(mgM3, 3);
      expect(ppmFromMgM3(mgM3, gas)).toBeCloseTo(1, 2);
    });

  it('screens 36.7 mg/m³ of chlorine as about 12.7 ppm', () => {
    expect(ppmFromMgM3(36.7, 'chlorine')).toBeCloseTo(12.65, 1);
  });
});

describe('lethalityProbability', () => {
  const load = (gas: ProbitGas, ppm: number, minutes: number) => toxicLoadIncrement(gas, ppm, minutes);

  it('kills 4.6 % after 100 ppm of chlorine for 30 min and 81 % after 400 ppm', () => {
    expect(lethalityProbability('chlorine', load('chlorine', 100, 30))).toBeCloseTo(0.046, 3);
    expect(lethalityProbability('chlorine', load('chlorine', 400, 30))).toBeCloseTo(0.81, 2);
  });

  it('needs about 11 500 ppm of ammonia for 30 min to kill half', () => {
    expect(lethalityProbability('ammonia', load('ammonia', 11_500, 30))).toBeCloseTo(0.5, 1);
  });

  it('kills 30 % after 3200 ppm of carbon monoxide for 30 min', () => {
    expect(lethalityProbability('carbonMonoxide', load('carbonMonoxide', 3200, 30))).toBeCloseTo(0.30, 2);
  });

  it('adds up a varying exposure: two 15-minute halves equal 30 minutes at the same level', () => {
    const halves = load('chlorine', 200, 15) + load('chlorine', 200, 15);
    expect(halves).toBe(load('chlorine', 200, 30));
    expect(load('chlorine', 200, 30)).toBe(200 ** 2 * 30);
    expect(load('carbonMonoxide', 200, 30)).toBe(200 * 30);
  });

  it('is zero without exposure and grows with the load', () => {
    expect(lethalityProbability('chlorine', 0)).toBe(0);
    expect(lethalityProbability('chlorine', 2e6)).toBeGreaterThan(lethalityProbability('chlorine', 1e6));
  });

  it('rejects negative loads, concentrations and durations with a RangeError', () => {
    expect(() => lethalityProbability('chlorine', -1)).toThrow(RangeError);
    expect(() => toxicLoadIncrement('chlorine', -1, 1)).toThrow(RangeError);
    expect(() => toxicLoadIncrement('chlorine', 1, -1)).toThrow(RangeError);
    expect(() => lethalityProbability('phosgene' as ProbitGas, 1)).toThrow(RangeError);
  });
});
