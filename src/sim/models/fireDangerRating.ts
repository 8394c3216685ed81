// Fire-danger rating bands of the McArthur Mk5 meters: the words a forecast uses for a day's grass or forest index.
import { requireAtLeast } from './rangeGuards';

/** Low–moderate, high, very high, severe, extreme, catastrophic (code red). */
export type FireDangerRating = 'lowModerate' | 'high' | 'veryHigh' | 'severe' | 'extreme' | 'catastrophic';

/** Lower bounds of each band above low–moderate, per meter (integer index values; a band includes its floor). */
const BANDS: Readonly<Record<'grass' | 'forest', readonly [number, FireDangerRating][]>> = {
  grass: [[150, 'catastrophic'], [100, 'extreme'], [50, 'severe'], [25, 'veryHigh'], [12, 'high']],
  forest: [[100, 'catastrophic'], [75, 'extreme'], [50, 'severe'], [25, 'veryHigh'], [12, 'high']],
};

/**
 * The legacy Mk5 danger rating of a grassland (GFDI) or forest (FFDI) index: both 0–11 low–moderate, 12–24 high,
 * 25–49 very high; grass 50–99 severe, 100–149 extreme, ≥ 150 catastrophic; forest 50–74 severe, 75–99 extreme,
 * ≥ 100 catastrophic. A fractional index takes the band of the whole number below it (24.9 is high).
 * Source: Copernicus C3S / EFFIS documentation of the McArthur Mk5 fire-danger classes (hazard-models.md §2.1).
 * Throws RangeError for a negative or non-finite index.
 */
export function mcArthurDangerRating(meter: 'grass' | 'forest', index: number): FireDangerRating {
  requireAtLeast('index', index, 0);
  const band = BANDS[meter].find(([floor]) => index >= floor);
  return band?.[1] ?? 'lowModerate';
}
