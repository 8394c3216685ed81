import { describe, expect, it } from 'vitest';
import { cfkCohbPct, cfkSteadyStateCohbPct, restingAdultCfk, stewartCohbRisePct } from '../../../src/sim/models/coUptake';

describe('stewartCohbRisePct', () => {
  it('raises COHb by 3.317e-5 × ppm^1.036 × RMV × t: 0.36 % a minute at 1000 ppm resting (8.5 L/min)', () => {
    expect(stewartCohbRisePct({ ppm: 1000, rmvLMin: 8.5, minutes: 1 })).toBeCloseTo(3.317e-5 * 1000 ** 1.036 * 8.5, 12);
    expect(stewartCohbRisePct({ ppm: 1000, rmvLMin: 8.5, minutes: 1 })).toBeCloseTo(0.36, 2);
  });

  it('reaches an incapacitating dose (FED 1, 30 % COHb at light work, 25 L/min) in about 30 min at 1000 ppm', () => {
    const minutes = 30 / stewartCohbRisePct({ ppm: 1000, rmvLMin: 25, minutes: 1 });
    expect(minutes).toBeGreaterThan(20);
    expect(minutes).toBeLessThan(35);
  });
});

describe('cfkCohbPct', () => {
  it('starts rising at the rate of Stewart’s formula, within 20 %, at resting ventilation', () => {
    for (const ppm of [200, 1000, 3000]) {
      const cfk = cfkCohbPct({ cohbPct: 0.5, ambientPpm: ppm, minutes: 10 }) - 0.5;
      const stewart = stewartCohbRisePct({ ppm, rmvLMin: 8.5, minutes: 10 });
      expect(Math.abs(cfk / stewart - 1)).toBeLessThan(0.2);
    }
  });

  it('settles at Haldane’s relation [COHb]/[O₂Hb] = M PCO / PO₂ when there is no endogenous CO', () => {
    const params = { ...restingAdultCfk, endogenousCoMlMin: 0 };
    const ratio = (218 * 100e-6 * 713) / 100;
    expect(cfkSteadyStateCohbPct(100, params)).toBeCloseTo((100 * ratio) / (1 + ratio), 9);
    expect(cfkCohbPct({ cohbPct: 0, ambientPpm: 100, minutes: 48 * 60, params })).toBeCloseTo(cfkSteadyStateCohbPct(100, params), 2);
  });

  it('approaches its steady state from below and never passes it', () => {
    const steady = cfkSteadyStateCohbPct(800);
    let cohbPct = 1;
    for (let hour = 1; hour <= 24; hour++) {
      const next = cfkCohbPct({ cohbPct, ambientPpm: 800, minutes: 60 });
      expect(next).toBeGreaterThan(cohbPct);
      expect(next).toBeLessThanOrEqual(steady + 1e-9);
      cohbPct = next;
    }
    expect(steady).toBeGreaterThan(50);
  });

  it('clears by half in fresh air in 2 to 7 hours at rest, and far faster on oxygen', () => {
    const halfLifeMin = (params = restingAdultCfk) => {
      let cohbPct = 40;
      let minutes = 0;
      while (cohbPct > 20) { cohbPct = cfkCohbPct({ cohbPct, ambientPpm: 0, minutes: 1, params }); minutes++; }
      return minutes;
    };
    expect(halfLifeMin()).toBeGreaterThan(120);
    expect(halfLifeMin()).toBeLessThan(420);
    expect(halfLifeMin({ ...restingAdultCfk, capillaryO2MmHg: 600 })).toBeLessThan(60);
  });

  it('takes up CO faster when breathing harder', () => {
    const at = (alveolarVentilationLMin: number) => cfkCohbPct({ cohbPct: 0, ambientPpm: 500, minutes: 60, params: { ...restingAdultCfk, alveolarVentilationLMin } });
    expect(at(20)).toBeGreaterThan(at(6));
  });

  it('stays put over zero minutes and rejects impossible input with a RangeError', () => {
    expect(cfkCohbPct({ cohbPct: 12, ambientPpm: 500, minutes: 0 })).toBe(12);
    expect(() => cfkCohbPct({ cohbPct: 120, ambientPpm: 0, minutes: 1 })).toThrow(RangeError);
    expect(() => cfkCohbPct({ cohbPct: 1, ambientPpm: -5, minutes: 1 })).toThrow(RangeError);
    expect(() => cfkCohbPct({ cohbPct: 1, ambientPpm: 5, minutes: -1 })).toThrow(RangeError);
    expect(() => cfkSteadyStateCohbPct(100, { ...restingAdultCfk, bloodVolumeMl: 0 })).toThrow(RangeError);
  });
});
