// Pasquill–Gifford atmospheric stability class from surface wind and sky (Turner 1970's table), for the plume.
import type { StabilityClass } from './plume';
import { requireAtLeast, requireOneOf } from './rangeGuards';

/**
 * The sky as Turner's table reads it: incoming sunshine by day, cloud cover by night (night runs from one hour
 * before sunset to one hour after sunrise), or overcast (≥ 8/8 low cloud) at any hour.
 */
export type SkyCondition = 'strongSun' | 'moderateSun' | 'slightSun' | 'overcast' | 'nightCloudy' | 'nightClear';

const SKIES: SkyCondition[] = ['strongSun', 'moderateSun', 'slightSun', 'overcast', 'nightCloudy', 'nightClear'];

/** Turner (1970) Table 1 by wind row (< 2, 2–3, 3–5, 5–6, > 6 m/s); night cloudy is ≥ 4/8, night clear ≤ 3/8. */
const TABLE: readonly Record<Exclude<SkyCondition, 'overcast'>, string>[] = [
  { strongSun: 'A', moderateSun: 'A-B', slightSun: 'B', nightCloudy: 'E', nightClear: 'F' },
  { strongSun: 'A-B', moderateSun: 'B', slightSun: 'C', nightCloudy: 'E', nightClear: 'F' },
  { strongSun: 'B', moderateSun: 'B-C', slightSun: 'C', nightCloudy: 'D', nightClear: 'E' },
  { strongSun: 'C', moderateSun: 'C-D', slightSun: 'D', nightCloudy: 'D', nightClear: 'D' },
  { strongSun: 'C', moderateSun: 'D', slightSun: 'D', nightCloudy: 'D', nightClear: 'D' },
];

function windRow(windMs: number): number {
  if (windMs < 2) return 0;
  if (windMs < 3) return 1;
  if (windMs < 5) return 2;
  if (windMs <= 6) return 3;
  return 4;
}

/**
 * The cell of the Pasquill stability table for a surface wind (m/s, at 10 m) and sky: 'A' … 'F', or an
 * intermediate such as 'A-B'. Overcast is 'D' at any wind. Rows: u < 2, 2 ≤ u < 3, 3 ≤ u < 5, 5 ≤ u ≤ 6, u > 6.
 * Source: Turner (1970), Workbook of Atmospheric Dispersion Estimates, Table 1 (after Pasquill 1961), as given in
 * hazard-models.md §8.1; where tables differ (night, < 2 m/s, ≥ 4/8 cloud: E, or F in some), Turner's E is used.
 * Throws RangeError for a negative or non-finite wind or an unknown sky.
 */
export function pasquillTableCell(windMs: number, sky: SkyCondition): string {
  requireAtLeast('windMs', windMs, 0);
  requireOneOf('sky', sky, SKIES);
  if (sky === 'overcast') return 'D';
  return TABLE[windRow(windMs)]![sky];
}

/**
 * The stability class to disperse with. An intermediate cell (A-B, B-C, C-D) gives its more stable class: for a
 * ground-level release that is the one with the higher ground concentration, the cautious choice for emergency
 * planning. Same inputs and guards as pasquillTableCell.
 */
export function pasquillStabilityClass(windMs: number, sky: SkyCondition): StabilityClass {
  const cell = pasquillTableCell(windMs, sky);
  return cell.charAt(cell.length - 1) as StabilityClass;
}
