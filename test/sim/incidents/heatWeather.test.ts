import { describe, expect, it } from 'vitest';
import type { HeatWaveSpec } from '../../../src/sim/incidents/heat/heatWaveSpec.ts';
import { HeatWaveSpec as HeatWaveSchema } from '../../../src/sim/incidents/heat/heatWaveSpec.ts';
import { heatHour, localHours } from '../../../src/sim/incidents/heat/heatWeather.ts';

const wave = (days: { tmaxC: number; tminC: number; rhAtTmaxPct: number }[], hotDaysBeforeCount = 0): HeatWaveSpec =>
  HeatWaveSchema.parse({ days, hotDaysBeforeCount });
const hotDay = { tmaxC: 39, tminC: 28, rhAtTmaxPct: 45 };

describe('the heat wave hour by hour', () => {
  it('counts hours from midnight of the drill’s first day', () => {
    expect(localHours('2026-08-19T13:30', 0)).toBe(13.5);
    expect(localHours('2026-08-19T13:30', 12 * 3600)).toBe(25.5);
  });

  it('reaches the day’s maximum mid-afternoon, the humidity lowest then, the heat index above the air', () => {
    const w = wave([hotDay]);
    const afternoon = heatHour(w, 15);
    expect(afternoon.tempC).toBeCloseTo(39, 10);
    expect(afternoon.rhPct).toBeCloseTo(45, 10);
    expect(heatHour(w, 6).rhPct).toBeGreaterThan(70);
    expect(afternoon.heatIndexC).toBeGreaterThan(afternoon.tempC);
  });

  it('puts people in the midday sun under a higher WBGT than in the shade, and the same at night', () => {
    const w = wave([hotDay]);
    expect(heatHour(w, 12).wbgtSunC - heatHour(w, 12).wbgtShadeC).toBeGreaterThan(3);
    expect(heatHour(w, 23).wbgtSunC).toBeCloseTo(heatHour(w, 23).wbgtShadeC, 10);
  });

  it('issues the CMA signal and the outdoor-work rule of each day’s maximum', () => {
    const w = wave([{ ...hotDay, tmaxC: 40.5 }, hotDay, { ...hotDay, tmaxC: 36 }, { ...hotDay, tmaxC: 33 }]);
    expect([0, 1, 2, 3].map((d) => heatHour(w, d * 24 + 12).signal)).toEqual(['red', 'orange', 'yellow', 'none']);
    expect([0, 1, 2, 3].map((d) => heatHour(w, d * 24 + 12).rule)).toEqual(['stop-outdoor-work', 'max-6h-avoid-hottest-3h', 'rotate-shifts-no-overtime', 'none']);
  });

  it('raises the yellow signal on the third hot day in a row, counting the days before the drill', () => {
    const w = (before: number) => wave([{ ...hotDay, tmaxC: 36 }], before);
    expect(heatHour(w(1), 12).signal).toBe('none');
    expect(heatHour(w(2), 12).signal).toBe('yellow');
    expect(heatHour(w(2), 12).hotRunDays).toBe(3);
  });

  it('repeats the last listed day, and calls the heat wave over once no hot day is left', () => {
    const w = wave([hotDay, { ...hotDay, tmaxC: 33 }]);
    expect(heatHour(w, 12).heatWaveOver).toBe(false);
    expect(heatHour(w, 36).heatWaveOver).toBe(true);
    expect(heatHour(w, 24 * 5 + 15).tempC).toBeCloseTo(33, 10);
  });
});
