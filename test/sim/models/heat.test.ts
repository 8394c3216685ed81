import { describe, expect, it } from 'vitest';
import { heatIndexC, heatIndexF, highTempSignal, outdoorWorkRule, wbgtOutdoorC } from '../../../src/sim/models/heat';

describe('heatIndexF', () => {
  it.each([
    [80, 40, 80],
    [88, 100, 121],
    [92, 70, 112],
    [110, 40, 136],
    [86, 88, 104],
    [96, 65, 121],
  ])('rounds to MetPy’s published value at %i °F and %i %% RH', (tempF, rhPct, roundedF) => {
    expect(Math.abs(heatIndexF(tempF, rhPct) - roundedF)).toBeLessThanOrEqual(0.5);
  });

  it.each([
    [86, 45, 87],
    [111, 27, 121],
    [96, 60, 116],
  ])('rounds to the NWS calculator value at %i °F and %i %% RH', (tempF, rhPct, roundedF) => {
    expect(Math.abs(heatIndexF(tempF, rhPct) - roundedF)).toBeLessThanOrEqual(0.5);
  });

  it('returns the simple formula 0.5 (T + 61 + 1.2 (T − 68) + 0.094 RH) below the 80 °F gate', () => {
    expect(heatIndexF(80, 40)).toBeCloseTo(79.58, 10);
    expect(heatIndexF(70, 50)).toBeCloseTo(69.05, 10);
  });

  it('switches to the Rothfusz regression once (HI + T) / 2 reaches 80 °F (80 °F, 50 % → 80.80)', () => {
    expect(heatIndexF(80, 50)).toBeCloseTo(80.8029049, 6);
  });

  it('subtracts the low-humidity adjustment below 13 % RH (100 °F, 10 % → 94.75 − 0.63)', () => {
    expect(heatIndexF(100, 10)).toBeCloseTo(94.7526087 - 0.6301260, 6);
  });

  it('adds the high-humidity adjustment above 85 % RH between 80 and 87 °F (85 °F, 90 % → 101.58 + 0.2)', () => {
    expect(heatIndexF(85, 90)).toBeCloseTo(101.5808036 + 0.2, 6);
  });

  it('rises with humidity on a hot day', () => {
    const values = [20, 40, 60, 80, 100].map((rh) => heatIndexF(95, rh));
    values.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(values[i] ?? 0));
  });

  it('rejects humidity outside 0–100 %, NaN and sub-absolute-zero temperatures with a RangeError', () => {
    expect(() => heatIndexF(90, -1)).toThrow(RangeError);
    expect(() => heatIndexF(90, 101)).toThrow(RangeError);
    expect(() => heatIndexF(Number.NaN, 50)).toThrow(RangeError);
    expect(() => heatIndexF(-500, 50)).toThrow(RangeError);
  });
});

describe('heatIndexC', () => {
  it('gives 50.3405 °C at 35 °C and 70 % RH (MetPy units test, to its 4-decimal tolerance of 1.5e-4)', () => {
    expect(Math.abs(heatIndexC(35, 70) - 50.3405)).toBeLessThan(1.5e-4);
  });

  it.each([
    [30, 70, 35],
    [35, 60, 45],
    [40, 40, 48],
  ])('stays within 1 °C of the NOAA Celsius chart at %i °C and %i %% RH', (tempC, rhPct, chartC) => {
    expect(Math.abs(heatIndexC(tempC, rhPct) - chartC)).toBeLessThanOrEqual(1);
  });

  it('agrees with the Fahrenheit index converted to Celsius', () => {
    expect(heatIndexC(32, 55)).toBeCloseTo(((heatIndexF(89.6, 55) - 32) * 5) / 9, 10);
  });

  it('rejects temperatures below absolute zero with a RangeError', () => {
    expect(() => heatIndexC(-300, 50)).toThrow(RangeError);
  });
});

describe('wbgtOutdoorC', () => {
  it('weights wet bulb 0.7, globe 0.2 and dry bulb 0.1 (28, 40, 35 °C → 31.1 °C)', () => {
    expect(wbgtOutdoorC({ naturalWetBulbC: 28, globeC: 40, dryBulbC: 35 })).toBeCloseTo(31.1, 12);
  });

  it('equals the common reading when all three thermometers agree', () => {
    expect(wbgtOutdoorC({ naturalWetBulbC: 30, globeC: 30, dryBulbC: 30 })).toBeCloseTo(30, 12);
  });

  it('counts a degree of wet bulb seven times as much as a degree of dry bulb', () => {
    const base = { naturalWetBulbC: 25, globeC: 45, dryBulbC: 33 };
    const wetter = wbgtOutdoorC({ ...base, naturalWetBulbC: 26 }) - wbgtOutdoorC(base);
    const drier = wbgtOutdoorC({ ...base, dryBulbC: 34 }) - wbgtOutdoorC(base);
    expect(wetter / drier).toBeCloseTo(7, 9);
  });

  it('rejects NaN readings with a RangeError', () => {
    expect(() => wbgtOutdoorC({ naturalWetBulbC: Number.NaN, globeC: 40, dryBulbC: 35 })).toThrow(RangeError);
  });
});

describe('highTempSignal', () => {
  it('is red when the next-24-h maximum reaches exactly 40 °C', () => {
    expect(highTempSignal({ tmaxNext24hC: 40, consecutiveDaysAtLeast35: 1 })).toBe('red');
  });

  it('is orange from exactly 37 °C up to just below 40 °C', () => {
    expect(highTempSignal({ tmaxNext24hC: 37, consecutiveDaysAtLeast35: 1 })).toBe('orange');
    expect(highTempSignal({ tmaxNext24hC: 39.9, consecutiveDaysAtLeast35: 5 })).toBe('orange');
  });

  it('is yellow on the third consecutive day at or above 35 °C, not on the second', () => {
    expect(highTempSignal({ tmaxNext24hC: 36, consecutiveDaysAtLeast35: 3 })).toBe('yellow');
    expect(highTempSignal({ tmaxNext24hC: 36, consecutiveDaysAtLeast35: 2 })).toBe('none');
  });

  it('gives the highest signal when several criteria are met', () => {
    expect(highTempSignal({ tmaxNext24hC: 41, consecutiveDaysAtLeast35: 4 })).toBe('red');
  });

  it('rejects a fractional or negative day count and NaN temperature with a RangeError', () => {
    expect(() => highTempSignal({ tmaxNext24hC: 36, consecutiveDaysAtLeast35: 2.5 })).toThrow(RangeError);
    expect(() => highTempSignal({ tmaxNext24hC: 36, consecutiveDaysAtLeast35: -1 })).toThrow(RangeError);
    expect(() => highTempSignal({ tmaxNext24hC: Number.NaN, consecutiveDaysAtLeast35: 0 })).toThrow(RangeError);
  });
});

describe('outdoorWorkRule', () => {
  it.each([
    [34.9, 'none'],
    [35, 'rotate-shifts-no-overtime'],
    [36.99, 'rotate-shifts-no-overtime'],
    [37, 'max-6h-avoid-hottest-3h'],
    [39.99, 'max-6h-avoid-hottest-3h'],
    [40, 'stop-outdoor-work'],
    [43, 'stop-outdoor-work'],
  ])('applies Art. 8 with 以上 including the number: %f °C → %s', (tmaxC, rule) => {
    expect(outdoorWorkRule(tmaxC)).toBe(rule);
  });

  it('rejects NaN with a RangeError', () => {
    expect(() => outdoorWorkRule(Number.NaN)).toThrow(RangeError);
  });
});
