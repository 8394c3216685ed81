import { describe, expect, it } from 'vitest';
import { standardNormalCdf } from '../../../src/sim/models/normalCdf';
import { sartwellIncubationS, standardNormalQuantile } from '../../../src/sim/models/incubation';

describe('standardNormalQuantile', () => {
  it.each([[0.5, 0], [0.975, 1.959963985], [0.8413447461, 1], [0.05, -1.644853627], [0.001, -3.090232306], [1e-9, -5.997807015]])(
    'gives Φ⁻¹(%f) = %f', (p, z) => {
      expect(standardNormalQuantile(p)).toBeCloseTo(z, 6);
    });

  it('inverts the normal CDF across its range', () => {
    for (const z of [-6, -3, -1.5, -0.2, 0.7, 2.5, 5]) expect(standardNormalQuantile(standardNormalCdf(z))).toBeCloseTo(z, 6);
  });

  it('rejects p outside (0, 1)', () => {
    for (const p of [0, 1, -0.1, 1.1, Number.NaN]) expect(() => standardNormalQuantile(p)).toThrow(RangeError);
  });
});

describe('sartwellIncubationS', () => {
  const staph = { medianS: 3 * 3600, dispersionFactor: 1.5 };

  it('puts the middle case at the median and one standard deviation at median × factor', () => {
    expect(sartwellIncubationS({ ...staph, uniform: 0.5 })).toBeCloseTo(3 * 3600, 6);
    expect(sartwellIncubationS({ ...staph, uniform: standardNormalCdf(1) })).toBeCloseTo(3 * 3600 * 1.5, 3);
    expect(sartwellIncubationS({ ...staph, uniform: standardNormalCdf(-1) })).toBeCloseTo((3 * 3600) / 1.5, 3);
  });

  it('is skewed to the right: the mean of many cases lies above the median, at median × e^(σ²/2)', () => {
    const n = 20_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += sartwellIncubationS({ ...staph, uniform: (i + 0.5) / n });
    expect(sum / n / (3 * 3600)).toBeCloseTo(Math.exp(Math.log(1.5) ** 2 / 2), 2);
  });

  it('gives every case the median when the dispersion factor is 1', () => {
    expect(sartwellIncubationS({ medianS: 600, dispersionFactor: 1, uniform: 0.99 })).toBe(600);
  });

  it('rejects a zero median, a factor below 1 and a uniform outside (0, 1)', () => {
    expect(() => sartwellIncubationS({ medianS: 0, dispersionFactor: 1.5, uniform: 0.5 })).toThrow(RangeError);
    expect(() => sartwellIncubationS({ medianS: 60, dispersionFactor: 0.5, uniform: 0.5 })).toThrow(RangeError);
    expect(() => sartwellIncubationS({ medianS: 60, dispersionFactor: 1.5, uniform: 1 })).toThrow(RangeError);
  });
});
