// NIOSH heat-stress limits: the WBGT at which a worker doing work of a given metabolic rate should stop or rest.
import { requireAbove } from './rangeGuards';
import { detMath } from '../math/detMath';

/**
 * Recommended Exposure Limit for acclimatised workers, °C WBGT: REL = 56.7 − 11.5 log10 M, M the time-weighted
 * metabolic rate over an hour in W. Falls as work gets harder (rest 115 W → 33.0; heavy 415 W → 26.6).
 * Source: NIOSH (2016) Criteria for a Recommended Standard: Occupational Exposure to Heat and Hot Environments,
 * DHHS (NIOSH) 2016-106; the same curves as ISO 7243:2017 Annex A (hazard-models.md §9.1). Throws RangeError for
 * M ≤ 0 or non-finite input.
 */
export function recommendedExposureLimitC(metabolicW: number): number {
  return 56.7 - 11.5 * detMath.log10(requireAbove('metabolicW', metabolicW, 0));
}

/**
 * Recommended Alert Limit for unacclimatised workers, °C WBGT: RAL = 59.9 − 14.1 log10 M (M in W over an hour).
 * Below the REL at every real work rate (rest 115 W → 30.8; heavy 415 W → 23.0). Source: NIOSH (2016) 2016-106, as
 * above. Throws RangeError for M ≤ 0 or non-finite input.
 */
export function recommendedAlertLimitC(metabolicW: number): number {
  return 59.9 - 14.1 * detMath.log10(requireAbove('metabolicW', metabolicW, 0));
}

/** NIOSH 2016-106 representative metabolic rates, W: rest, light, moderate, heavy and very heavy work. */
export const NIOSH_METABOLIC_W = { rest: 115, light: 180, moderate: 300, heavy: 415, veryHeavy: 520 } as const;
