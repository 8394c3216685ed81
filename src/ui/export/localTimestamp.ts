// Rewrites an instant as an ISO 8601 timestamp in the hall's own offset (2026-07-15T16:05:00+08:00), so file
// names and report dates read the hall's wall clock rather than UTC.
const pad = (n: number) => String(Math.trunc(n)).padStart(2, '0');

/** `iso` in `offsetMin` minutes east of UTC (the browser's own by default); an unreadable `iso` is returned as is. */
export function inLocalTime(iso: string, offsetMin: number = -new Date(iso).getTimezoneOffset()): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms) || !Number.isFinite(offsetMin)) return iso;
  const shifted = new Date(ms + offsetMin * 60_000).toISOString().slice(0, 19);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${shifted}${sign}${pad(abs / 60)}:${pad(abs % 60)}`;
}
