import { describe, expect, it } from 'vitest';
import { NIOSH_METABOLIC_W, recommendedAlertLimitC, recommendedExposureLimitC } from '../../../src/sim/models/nioshHeatLimits';

/** ISO 7243 reference WBGT by metabolic class 0–3 (acclimatised, unacclimatised; class 3 with perceptible air movement). */
const ISO_7243_REFERENCE: [number, number, number][] = [[115, 33, 32], [180, 30, 29], [300, 28, 26], [415, 26, 23]];

describe('NIOSH heat-stress limits', () => {
  it('follow REL = 56.7 − 11.5 log10 M and RAL = 59.9 − 14.1 log10 M (heavy work, 415 W → 26.6 and 23.0 °C)', () => {
    expect(recommendedExposureLimitC(415)).toBeCloseTo(56.7 - 11.5 * Math.log10(415), 10);
    expect(recommendedAlertLimitC(415)).toBeCloseTo(59.9 - 14.1 * Math.log10(415), 10);
    expect(recommendedExposureLimitC(NIOSH_METABOLIC_W.heavy)).toBeCloseTo(26.6, 1);
    expect(recommendedAlertLimitC(NIOSH_METABOLIC_W.heavy)).toBeCloseTo(23.0, 1);
  });

  it.each(ISO_7243_REFERENCE)('agree with the ISO 7243 reference values within 1.6 °C at %i W', (metabolicW, acclimatisedC, unacclimatisedC) => {
    expect(Math.abs(recommendedExposureLimitC(metabolicW) - acclimatisedC)).toBeLessThan(1.6);
    expect(Math.abs(recommendedAlertLimitC(metabolicW) - unacclimatisedC)).toBeLessThan(1.6);
  });

  it('fall as work gets harder, and the unacclimatised limit is always the lower', () => {
    const rates = Object.values(NIOSH_METABOLIC_W);
    rates.slice(1).forEach((m, i) => expect(recommendedExposureLimitC(m)).toBeLessThan(recommendedExposureLimitC(rates[i]!)));
    for (const m of rates) expect(recommendedAlertLimitC(m)).toBeLessThan(recommendedExposureLimitC(m));
  });

  it('reject a metabolic rate of zero or less', () => {
    expect(() => recommendedExposureLimitC(0)).toThrow(RangeError);
    expect(() => recommendedAlertLimitC(-100)).toThrow(RangeError);
  });
});
