import { describe, expect, it } from 'vitest';
import { alexandridisWindFactor, mcArthurGrassland } from '../../../src/sim/models/grassFire';
import type { GrasslandConditions } from '../../../src/sim/models/grassFire';

const hotDryDay: GrasslandConditions = { tempC: 35, rhPct: 20, windKmh: 30, curingPct: 90, fuelTha: 4.5 };
const mildDay: GrasslandConditions = { tempC: 20, rhPct: 40, windKmh: 20, curingPct: 70, fuelTha: 4.5 };

describe('mcArthurGrassland', () => {
  it('gives GFDI 25.71 for 35 °C, 20 % RH, 30 km/h, 90 % cured, 4.5 t/ha (Noble 1980; public Java test)', () => {
    const danger = mcArthurGrassland(hotDryDay);
    expect(danger.moisturePct).toBeCloseTo(7.5259, 4);
    expect(danger.fdi).toBeCloseTo(25.71, 2);
    expect(danger.rosKmh).toBeCloseTo(3.343, 3);
  });

  it('uses the moist branch between 18.8 % and 30 % moisture', () => {
    const danger = mcArthurGrassland(mildDay);
    expect(danger.moisturePct).toBeCloseTo(22.5194, 4);
    expect(danger.fdi).toBeCloseTo(4.175, 3);
  });

  it('joins its two moisture branches at 18.8 % where both give 6.2506 for 4.5 t/ha and 20 km/h', () => {
    const drier = mcArthurGrassland({ ...mildDay, curingPct: 76.66 });
    const wetter = mcArthurGrassland({ ...mildDay, curingPct: 76.64 });
    expect(drier.moisturePct).toBeLessThan(18.8);
    expect(wetter.moisturePct).toBeGreaterThanOrEqual(18.8);
    expect(drier.fdi).toBeCloseTo(6.2506, 2);
    expect(wetter.fdi).toBeCloseTo(6.2506, 2);
  });

  it('gives no fire danger once grass moisture reaches 30 %', () => {
    const danger = mcArthurGrassland({ ...mildDay, curingPct: 50 });
    expect(danger.moisturePct).toBeGreaterThanOrEqual(30);
    expect(danger.fdi).toBe(0);
    expect(danger.rosKmh).toBe(0);
  });

  it('gives no fire danger for fully green (0 % cured) grass', () => {
    expect(mcArthurGrassland({ ...hotDryDay, curingPct: 0 }).fdi).toBe(0);
  });

  it('spreads at 0.13 km/h per index point', () => {
    for (const windKmh of [0, 10, 45, 80]) {
      const danger = mcArthurGrassland({ ...hotDryDay, windKmh });
      expect(danger.rosKmh).toBeCloseTo(0.13 * danger.fdi, 12);
    }
  });

  it('rises with wind and temperature and falls with humidity', () => {
    const fdi = (change: Partial<GrasslandConditions>): number => mcArthurGrassland({ ...hotDryDay, ...change }).fdi;
    expect(fdi({ windKmh: 40 })).toBeGreaterThan(fdi({ windKmh: 30 }));
    expect(fdi({ tempC: 40 })).toBeGreaterThan(fdi({ tempC: 35 }));
    expect(fdi({ rhPct: 30 })).toBeLessThan(fdi({ rhPct: 20 }));
    expect(fdi({ fuelTha: 9 })).toBeCloseTo(2 * fdi({ fuelTha: 4.5 }), 10);
  });

  it.each<[string, Partial<GrasslandConditions>]>([
    ['NaN temperature', { tempC: Number.NaN }],
    ['temperature at the moisture equation pole (−6 °C)', { tempC: -6 }],
    ['humidity above 100 %', { rhPct: 101 }],
    ['negative wind', { windKmh: -1 }],
    ['curing above 100 %', { curingPct: 120 }],
    ['negative fuel load', { fuelTha: -0.1 }],
  ])('rejects %s with a RangeError', (_label, change) => {
    expect(() => mcArthurGrassland({ ...hotDryDay, ...change })).toThrow(RangeError);
  });
});

describe('alexandridisWindFactor', () => {
  it('boosts downwind spread to exp(0.045 × 10) = 1.5683 in a 10 m/s wind', () => {
    expect(alexandridisWindFactor(10, 0)).toBeCloseTo(1.5683, 4);
  });

  it('cuts upwind spread to 0.1142 in a 10 m/s wind', () => {
    expect(alexandridisWindFactor(10, 180)).toBeCloseTo(0.1142, 4);
  });

  it('gives exp((c1 − c2) V) for spread straight across the wind', () => {
    expect(alexandridisWindFactor(8, 90)).toBeCloseTo(Math.exp((0.045 - 0.131) * 8), 12);
  });

  it('has no effect in calm air whatever the direction', () => {
    for (const angleDeg of [0, 45, 90, 180, 270]) expect(alexandridisWindFactor(0, angleDeg)).toBe(1);
  });

  it('treats the angle either side of the wind alike', () => {
    expect(alexandridisWindFactor(6, -60)).toBeCloseTo(alexandridisWindFactor(6, 60), 14);
  });

  it('falls steadily as the spread direction turns from downwind to upwind', () => {
    let previous = Number.POSITIVE_INFINITY;
    for (let angleDeg = 0; angleDeg <= 180; angleDeg += 15) {
      const factor = alexandridisWindFactor(7, angleDeg);
      expect(factor).toBeLessThan(previous);
      previous = factor;
    }
  });

  it('rejects negative wind and a NaN angle with a RangeError', () => {
    expect(() => alexandridisWindFactor(-1, 0)).toThrow(RangeError);
    expect(() => alexandridisWindFactor(5, Number.NaN)).toThrow(RangeError);
  });
});
