// A heat-wave group's physics state (plain JSON, hashed and saved): the cases, the visits, the readings of the hour.
import type { HeatCaseCounts } from './heatCases.ts';
import type { HeatHour } from './heatWeather.ts';

/** What the view shows of the incident now. */
export interface HeatReadings {
  hourOfDay: number; tempC: number; rhPct: number; heatIndexC: number; wbgtC: number; limitC: number;
  signal: HeatHour['signal']; rule: HeatHour['rule']; activeShare: number; incidencePerHour: number;
}

export interface HeatPhysics extends HeatCaseCounts {
  peopleCount: number;
  /** Elderly: share visited at least once by door-to-door checks. */
  visitedShare: number;
  dayIndex: number;
  /** Outdoor time today of those who follow the rule (for the 6-hour limit on 37–40 °C days). */
  workedTodayS: number;
  /** Heatstroke patients' worth of cooling capacity carried to the next minute (at most one). */
  coolingCarry: number;
  readings: HeatReadings | null;
}
