// The heat wave hour by hour: air temperature, humidity, heat index, WBGT in sun and shade, the CMA
// high-temperature signal and the statutory outdoor-work rule for the day. Pure functions of the spec and the hour.
import { diurnalTemperatureC, solarShare } from '../../models/diurnalCourse.ts';
import type { HighTempSignal, OutdoorWorkRule } from '../../models/heat.ts';
import { heatIndexC, highTempSignal, outdoorWorkRule } from '../../models/heat.ts';
import { relativeHumidityPct, saturationVapourPressureHpa, wetBulbStullC } from '../../models/psychrometrics.ts';
import { wbgtIndoorC, wbgtInSunC } from '../../models/wbgtEstimate.ts';
import type { HeatWaveSpec } from './heatWaveSpec.ts';

/** A maximum of 35 °C or more makes a day 高温天气 (CMA). */
export const hotDayTmaxC = 35;

export interface HeatHour {
  dayIndex: number;
  hourOfDay: number;
  tempC: number;
  rhPct: number;
  heatIndexC: number;
  wetBulbC: number;
  solarShare: number;
  /** Outdoor WBGT for someone in the sun, and in the shade, °C. */
  wbgtSunC: number;
  wbgtShadeC: number;
  signal: HighTempSignal;
  rule: OutdoorWorkRule;
  /** Days in a row with a maximum ≥ 35 °C, counting today. */
  hotRunDays: number;
  /** No day from today on (the last listed day repeating) reaches 35 °C. */
  heatWaveOver: boolean;
}

/** Hours since midnight of the drill's first day, from the scenario's local start (`2026-08-20T13:00`) and sim time. */
export function localHours(startLocal: string, timeS: number): number {
  const match = /T(\d{2}):(\d{2})/.exec(startLocal);
  if (!match) throw new Error(`scenario start ${startLocal} has no time of day: the schema should have caught this`);
  return Number(match[1]) + Number(match[2]) / 60 + timeS / 3600;
}

function dayOf(wave: HeatWaveSpec, index: number) {
  return wave.days[Math.min(Math.max(index, 0), wave.days.length - 1)]!;
}

function hotRunDays(wave: HeatWaveSpec, dayIndex: number): number {
  let run = 0;
  for (let d = dayIndex; d >= 0; d--) {
    if (dayOf(wave, d).tmaxC < hotDayTmaxC) return run;
    run++;
  }
  return run + wave.hotDaysBeforeCount;
}

/** The weather and its rules at `hours` since midnight of the first day. */
export function heatHour(wave: HeatWaveSpec, hours: number): HeatHour {
  const dayIndex = Math.floor(hours / 24);
  const hourOfDay = hours - dayIndex * 24;
  const today = dayOf(wave, dayIndex);
  const previousTmaxC = dayIndex === 0 ? today.tmaxC : dayOf(wave, dayIndex - 1).tmaxC;
  const tempC = diurnalTemperatureC({
    hourOfDay, previousTmaxC, tminC: today.tminC, tmaxC: today.tmaxC, nextTminC: dayOf(wave, dayIndex + 1).tminC,
    tminHour: wave.tminHour, tmaxHour: wave.tmaxHour,
  });
  // The day's vapour pressure is held constant (dew point steady over a day), so humidity falls as the air warms.
  const rhPct = relativeHumidityPct(tempC, (today.rhAtTmaxPct / 100) * saturationVapourPressureHpa(today.tmaxC));
  const sun = solarShare({ hourOfDay, sunriseHour: wave.sunriseHour, sunsetHour: wave.sunsetHour, sunshineShare: today.sunshineShare });
  const excess = { globeSolarExcessC: wave.globeSolarExcessC, wetBulbSolarExcessC: wave.wetBulbSolarExcessC };
  const run = hotRunDays(wave, dayIndex);
  return {
    dayIndex, hourOfDay, tempC, rhPct,
    heatIndexC: heatIndexC(tempC, rhPct),
    wetBulbC: wetBulbStullC(tempC, rhPct),
    solarShare: sun,
    wbgtSunC: wbgtInSunC({ tempC, rhPct, solarShare: sun, ...excess }),
    wbgtShadeC: wbgtInSunC({ tempC, rhPct, solarShare: 0, ...excess }),
    signal: highTempSignal({ tmaxNext24hC: today.tmaxC, consecutiveDaysAtLeast35: run }),
    rule: outdoorWorkRule(today.tmaxC),
    hotRunDays: run,
    heatWaveOver: wave.days.slice(Math.min(Math.max(dayIndex, 0), wave.days.length - 1)).every((d) => d.tmaxC < hotDayTmaxC),
  };
}

/** WBGT in a room out of the sun whose walls and roof read `radiantExcessC` above the air (ISO 7243 indoor). */
export function roomWbgtC(hour: HeatHour, radiantExcessC: number): number {
  return wbgtIndoorC({ naturalWetBulbC: hour.wetBulbC, globeC: hour.tempC + radiantExcessC });
}
