// The storm's course as the sim knows it: rain fallen since the incident started, whether any is still to come, and
// the CMA rainstorm signal the weather office gives from the rain forecast over the next hours.
import { hourlyCourseRainMm, triangularStormRainMm } from '../../models/hyetograph.ts';
import type { RainstormSignal } from '../../models/flood.ts';
import { rainstormSignal } from '../../models/flood.ts';
import type { FloodSpec } from './floodSpec.ts';

/** The storm as a function of time: `rain` from the spec, or the weather's steady rain for `steadyForS`. */
export interface RainCourse { spec: FloodSpec; steadyMmH: number; steadyForS: number }

/** Rain fallen between the incident's start and `sinceStartS` (mm). */
export function rainSinceStartMm(course: RainCourse, sinceStartS: number): number {
  const rain = course.spec.rain;
  if (!rain) return (course.steadyMmH * Math.min(Math.max(sinceStartS, 0), course.steadyForS)) / 3600;
  if ('hourlyMm' in rain) return hourlyCourseRainMm(rain.hourlyMm, sinceStartS);
  const storm = rain.designStorm;
  return triangularStormRainMm({ totalMm: storm.totalMm, durationS: storm.durationH * 3600, peakAtFraction: storm.peakAtFraction }, sinceStartS);
}

/** When the storm ends, seconds after the incident's start. */
export function rainEndS(course: RainCourse): number {
  const rain = course.spec.rain;
  if (!rain) return course.steadyForS;
  return 'hourlyMm' in rain ? rain.hourlyMm.length * 3600 : rain.designStorm.durationH * 3600;
}

const windowMm = (course: RainCourse, fromS: number, toS: number) => rainSinceStartMm(course, toS) - rainSinceStartMm(course, fromS);

/**
 * The rainstorm signal at `sinceStartS`: from the rain forecast over the next 3, 6 and 12 hours, or the rain observed
 * over the last ones while it is still raining (CMA 2007: "forecast, or observed with rain set to continue").
 */
export function signalAt(course: RainCourse, sinceStartS: number): RainstormSignal {
  const raining = sinceStartS < rainEndS(course) && windowMm(course, sinceStartS, sinceStartS + 600) > 0;
  const window = (hours: number) => Math.max(
    windowMm(course, sinceStartS, sinceStartS + hours * 3600),
    raining ? windowMm(course, sinceStartS - hours * 3600, sinceStartS) : 0,
  );
  return rainstormSignal({ rain3hMm: window(3), rain6hMm: window(6), rain12hMm: window(12) });
}
