// The scenario's calendar: the date and time of day a sim second falls on, and back from a time of day typed in
// a form to sim seconds.
import { clockAt } from '../i18n/clock.ts';

/** `YYYY-MM-DD HH:MM:SS` for `timeS` seconds after the scenario's `start` (`YYYY-MM-DDTHH:MM[:SS]`). */
export function scenarioDateTime(start: string, timeS: number): { date: string; time: string } {
  const [time = '', days = ''] = clockAt(start, timeS).split(' +');
  const [y = 1970, m = 1, d = 1] = start.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + (days ? Number.parseInt(days, 10) : 0)));
  return { date: date.toISOString().slice(0, 10), time };
}

/** Sim seconds since the start for a time of day `HH:MM` at or before `nowS`'s day: the most recent such moment. */
export function simSecondsAt(start: string, timeOfDay: string, nowS: number): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(timeOfDay);
  if (!match) return null;
  const [, hh = '0', mm = '0'] = match;
  const startMatch = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(start);
  const startOfDayS = startMatch ? Number(startMatch[1]) * 3600 + Number(startMatch[2]) * 60 + Number(startMatch[3] ?? 0) : 0;
  const nowOfDayS = (startOfDayS + nowS) % 86_400;
  const wantedS = Number(hh) * 3600 + Number(mm) * 60;
  const backS = (nowOfDayS - wantedS + 86_400) % 86_400;
  return Math.max(0, nowS - backS);
}
