// The date and time of day an ISO 8601 timestamp reads as written, in the offset it carries (the browser gives
// `finishedAt` the hall's own offset before exporting), and calendar days added to a date for deadlines.
export interface WallClock {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM` */
  time: string;
  /** `YYYYMMDD-HHmm`, for file names. */
  stamp: string;
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** The wall clock of `iso` as written; an unreadable timestamp reads as 1970-01-01 00:00 rather than failing an export. */
export function wallClockOf(iso: string): WallClock {
  const [, y = '1970', mo = '01', d = '01', hh = '00', mm = '00'] = isoPattern.exec(iso) ?? [];
  return { date: `${y}-${mo}-${d}`, time: `${hh}:${mm}`, stamp: `${y}${mo}${d}-${hh}${mm}` };
}

/** `YYYY-MM-DD` that many calendar days after `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
