import { describe, expect, it } from 'vitest';
import { housePoints, outdoorPpm, plumeFrame, plumeMayReach, plumeNow, ringMeanPpm, windAt } from '../../../src/sim/incidents/poisoning/releasePlume.ts';
import { ToxicReleaseSpec } from '../../../src/sim/incidents/poisoning/releaseSpec.ts';
import type { Weather } from '../../../src/sim/scenario/scenarioSchema.ts';

const source = { xM: 1000, yM: 1000 };
const weather: Weather = { temperatureC: 20, humidityPct: 60, windMs: 2, windFromDeg: 270, rainMmH: 0 };
const release = ToxicReleaseSpec.parse({ chemical: 'chlorine', releaseGs: 500, inventoryKg: 1000, sky: 'nightClear' });
const east = { xM: 2000, yM: 1000 };
const north = { xM: 1000, yM: 0 };
const plume = (overrides: Partial<Parameters<typeof plumeNow>[0]> = {}) => plumeNow({ release, source, weather, sinceStartS: 3600, sinceStopS: null, ...overrides });

describe('the plume of a toxic release', () => {
  it('lies downwind: a west wind carries it east, and map y grows south', () => {
    expect(plumeFrame(source, east, 270)).toEqual({ downwindM: 1000, crosswindM: expect.closeTo(0, 9) as number });
    expect(plumeFrame(source, north, 180).downwindM).toBeCloseTo(1000, 9);
    expect(outdoorPpm(plume(), east)).toBeGreaterThan(10);
    expect(outdoorPpm(plume(), north)).toBe(0);
  });

  it('follows the wind when it turns: after a shift to a south wind it reaches the north and leaves the east', () => {
    const shifting = ToxicReleaseSpec.parse({ ...release, windShifts: [{ afterS: 1800, windFromDeg: 180, windMs: 2 }] });
    expect(windAt(weather, shifting, 1799)).toEqual({ windMs: 2, windFromDeg: 270 });
    const after = plume({ release: shifting, sinceStartS: 3600 });
    expect(outdoorPpm(after, north)).toBeGreaterThan(10);
    expect(outdoorPpm(after, east)).toBe(0);
  });

  it('uses a stable class on a clear night in light wind, and a neutral one under overcast', () => {
    expect(plume().stabilityClass).toBe('F');
    expect(plume({ release: { ...release, sky: 'overcast' } }).stabilityClass).toBe('D');
    expect(plume({ release: { ...release, stabilityClass: 'B' } }).stabilityClass).toBe('B');
  });

  it('has not yet reached a village farther than the wind has carried it, and has passed it once the source stopped long enough ago', () => {
    expect(outdoorPpm(plume({ sinceStartS: 400 }), east)).toBe(0);
    expect(outdoorPpm(plume({ sinceStartS: 600 }), east)).toBeGreaterThan(0);
    expect(outdoorPpm(plume({ sinceStopS: 400 }), east)).toBeGreaterThan(0);
    expect(outdoorPpm(plume({ sinceStopS: 600 }), east)).toBe(0);
  });

  it('gives calm air the minimum wind instead of failing', () => {
    const calm = plume({ weather: { ...weather, windMs: 0 } });
    expect(calm.windMs).toBe(1);
    expect(outdoorPpm(calm, east)).toBeGreaterThan(outdoorPpm(plume(), east));
  });

  it('rules out only villages the gas cannot reach', () => {
    for (const at of [east, north, { xM: 3000, yM: 1300 }, { xM: 1500, yM: 1600 }]) {
      const p = plume();
      const any = housePoints.some((h) => outdoorPpm(p, { xM: at.xM + h.xM * 300, yM: at.yM + h.yM * 300 }) > 1e-12);
      if (any) expect(plumeMayReach(p, at, 300)).toBe(true);
    }
    expect(plumeMayReach(plume(), north, 300)).toBe(false);
    expect(plumeMayReach(plume(), { xM: 3000, yM: 2500 }, 300)).toBe(false);
  });

  it('is thinner on average around a circle than on its centreline', () => {
    const p = plume();
    const ring = ringMeanPpm(p, 200);
    expect(ring).toBeGreaterThan(0);
    expect(ring).toBeLessThan(outdoorPpm(p, { xM: 1200, yM: 1000 }) / 5);
  });
});
