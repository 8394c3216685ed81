import { describe, expect, it } from 'vitest';
import { pasquillStabilityClass, pasquillTableCell } from '../../../src/sim/models/stability';
import type { SkyCondition } from '../../../src/sim/models/stability';

/** Turner (1970) Table 1, as in hazard-models.md §8.1: one row per wind band, at a wind inside the band. */
const TURNER: [number, string, string, string, string, string][] = [
  [1.5, 'A', 'A-B', 'B', 'E', 'F'],
  [2.5, 'A-B', 'B', 'C', 'E', 'F'],
  [4, 'B', 'B-C', 'C', 'D', 'E'],
  [5.5, 'C', 'C-D', 'D', 'D', 'D'],
  [8, 'C', 'D', 'D', 'D', 'D'],
];
const SKIES: SkyCondition[] = ['strongSun', 'moderateSun', 'slightSun', 'nightCloudy', 'nightClear'];

describe('pasquillTableCell', () => {
  it.each(TURNER)('reads Turner’s table at %f m/s', (windMs, ...cells) => {
    expect(SKIES.map((sky) => pasquillTableCell(windMs, sky))).toEqual(cells);
  });

  it('puts each band’s lower edge in that band (2, 3 and 5 m/s) and 6 m/s in the 5–6 band', () => {
    expect(pasquillTableCell(1.99, 'slightSun')).toBe('B');
    expect(pasquillTableCell(2, 'slightSun')).toBe('C');
    expect(pasquillTableCell(3, 'nightCloudy')).toBe('D');
    expect(pasquillTableCell(5, 'strongSun')).toBe('C');
    expect(pasquillTableCell(6, 'moderateSun')).toBe('C-D');
    expect(pasquillTableCell(6.01, 'moderateSun')).toBe('D');
  });

  it('is neutral (D) under overcast skies at any wind, day or night', () => {
    for (const windMs of [0, 1, 2.5, 4, 5.5, 10]) expect(pasquillTableCell(windMs, 'overcast')).toBe('D');
  });

  it('rejects a negative wind and an unknown sky with a RangeError', () => {
    expect(() => pasquillTableCell(-1, 'overcast')).toThrow(RangeError);
    expect(() => pasquillTableCell(Number.NaN, 'overcast')).toThrow(RangeError);
    expect(() => pasquillTableCell(2, 'foggy' as SkyCondition)).toThrow(RangeError);
  });
});

describe('pasquillStabilityClass', () => {
  it('takes the more stable class of an intermediate cell', () => {
    expect(pasquillStabilityClass(1, 'moderateSun')).toBe('B');
    expect(pasquillStabilityClass(4, 'moderateSun')).toBe('C');
    expect(pasquillStabilityClass(5.5, 'moderateSun')).toBe('D');
  });

  it('gives the most stable air (F) on a clear night in light wind, and very unstable air (A) in strong sun', () => {
    expect(pasquillStabilityClass(1.5, 'nightClear')).toBe('F');
    expect(pasquillStabilityClass(1, 'strongSun')).toBe('A');
  });
});
