import { describe, expect, it } from 'vitest';
import { mqhFlashoverHrrKw, thomasFlashoverHrrKw, ventilationLimitedHrrKw } from '../../../src/sim/models/compartmentFire';

describe('thomasFlashoverHrrKw', () => {
  it('gives 1501.3 kW for A_T 45 m² and a 2.1 m² opening 2.1 m high (PD 7974-1 eq. 28, fire-library/openfire test)', () => {
    expect(thomasFlashoverHrrKw({ surfaceAreaM2: 45, openingAreaM2: 2.1, openingHeightM: 2.1 })).toBeCloseTo(1501.3255, 3);
  });

  it('needs more heat to flash over a bigger room or one with a bigger opening', () => {
    const room = { surfaceAreaM2: 94, openingAreaM2: 1.89, openingHeightM: 2.1 };
    expect(thomasFlashoverHrrKw(room)).toBeCloseTo(7.8 * 94 + 378 * 1.89 * Math.sqrt(2.1), 6);
    expect(thomasFlashoverHrrKw({ ...room, surfaceAreaM2: 150 })).toBeGreaterThan(thomasFlashoverHrrKw(room));
    expect(thomasFlashoverHrrKw({ ...room, openingAreaM2: 3 })).toBeGreaterThan(thomasFlashoverHrrKw(room));
  });

  it('refuses a room without an opening, or with less surface than opening', () => {
    expect(() => thomasFlashoverHrrKw({ surfaceAreaM2: 45, openingAreaM2: 0, openingHeightM: 2 })).toThrow(RangeError);
    expect(() => thomasFlashoverHrrKw({ surfaceAreaM2: 1, openingAreaM2: 2, openingHeightM: 2 })).toThrow(RangeError);
  });
});

describe('mqhFlashoverHrrKw', () => {
  it('gives 136.4 kW for h_k 0.01, A_T 10, A_v 0.5, H_v 1 (PD 7974-1 eq. 29, fire-library/openfire test)', () => {
    expect(mqhFlashoverHrrKw({ surfaceAreaM2: 10, openingAreaM2: 0.5, openingHeightM: 1 }, 0.01)).toBeCloseTo(136.40014662748717, 9);
  });

  it('refuses a lining coefficient that is not above 0', () => {
    expect(() => mqhFlashoverHrrKw({ surfaceAreaM2: 10, openingAreaM2: 0.5, openingHeightM: 1 }, 0)).toThrow(RangeError);
  });
});

describe('ventilationLimitedHrrKw', () => {
  it('gives 13.5 MW for a 3 m² opening 9 m high (1500 A_v √H_v, PD 7974-1 eq. 33)', () => {
    expect(ventilationLimitedHrrKw(3, 9)).toBe(13_500);
  });

  it('refuses an opening without area or height', () => {
    expect(() => ventilationLimitedHrrKw(0, 2)).toThrow(RangeError);
    expect(() => ventilationLimitedHrrKw(2, 0)).toThrow(RangeError);
  });
});
