import { describe, expect, it } from 'vitest';
import { hourlyCourseRainMm, triangularStormRainMm } from '../../../src/sim/models/hyetograph';

describe('triangularStormRainMm', () => {
  const storm = { totalMm: 140, durationS: 4 * 3600, peakAtFraction: 0.4 };

  it('delivers the whole storm by its end, and nothing before it starts', () => {
    expect(triangularStormRainMm(storm, 4 * 3600)).toBeCloseTo(140, 9);
    expect(triangularStormRainMm(storm, 99 * 3600)).toBeCloseTo(140, 9);
    expect(triangularStormRainMm(storm, 0)).toBe(0);
    expect(triangularStormRainMm(storm, -600)).toBe(0);
  });

  it('has fallen r P by the peak and peaks at 2P/T (Yen & Chow 1980)', () => {
    const peakS = 0.4 * 4 * 3600;
    expect(triangularStormRainMm(storm, peakS)).toBeCloseTo(0.4 * 140, 9);
    const intensityMmH = (triangularStormRainMm(storm, peakS + 1) - triangularStormRainMm(storm, peakS - 1)) / 2 * 3600;
    expect(intensityMmH).toBeCloseTo((2 * 140) / 4, 1);
  });

  it('never runs backwards', () => {
    let previous = -1;
    for (let t = 0; t <= 4 * 3600; t += 300) {
      const rain = triangularStormRainMm(storm, t);
      expect(rain).toBeGreaterThanOrEqual(previous);
      previous = rain;
    }
  });

  it('handles a storm that peaks at its very start or end', () => {
    expect(triangularStormRainMm({ ...storm, peakAtFraction: 0 }, 2 * 3600)).toBeCloseTo(140 * 0.75, 9);
    expect(triangularStormRainMm({ ...storm, peakAtFraction: 1 }, 2 * 3600)).toBeCloseTo(140 * 0.25, 9);
  });

  it('rejects a storm of no length and a peak outside it', () => {
    expect(() => triangularStormRainMm({ ...storm, durationS: 0 }, 10)).toThrow(RangeError);
    expect(() => triangularStormRainMm({ ...storm, peakAtFraction: 1.2 }, 10)).toThrow(RangeError);
  });
});

describe('hourlyCourseRainMm', () => {
  it('adds whole hours and a steady share of the hour under way', () => {
    expect(hourlyCourseRainMm([10, 30, 20], 3600)).toBe(10);
    expect(hourlyCourseRainMm([10, 30, 20], 5400)).toBeCloseTo(25, 9);
    expect(hourlyCourseRainMm([10, 30, 20], 3 * 3600)).toBe(60);
    expect(hourlyCourseRainMm([10, 30, 20], 10 * 3600)).toBe(60);
  });

  it('rejects negative rain', () => {
    expect(() => hourlyCourseRainMm([10, -1], 7200)).toThrow(RangeError);
  });
});
