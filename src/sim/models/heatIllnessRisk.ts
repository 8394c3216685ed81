// How often heat illness strikes people exposed to heat: an hourly incidence that grows exponentially with the
// WBGT above the limit for the work they do (NIOSH REL/RAL), and the added risk of a run of hot days.
import { requireAbove, requireAtLeast, requireFinite } from './rangeGuards';
import { detMath } from '../math/detMath';

/** Exertional heat illness rose by this factor per °C of daily maximum WBGT above 20 °C (RR 1.40/°C). */
export const GARZON_VILLALBA_RISK_RATIO_PER_C = 1.4;
/** The WBGT above which Garzon-Villalba et al. found the risk rising, °C. */
export const GARZON_VILLALBA_ONSET_WBGT_C = 20;
/** Work-related hyperthermia visits rose by 54 % on days of an extreme heat event (≥ 2 hot days in a row). */
export const SHIRE_HEAT_EVENT_RISK_RATIO = 1.54;

export interface HeatIllnessExposure {
  wbgtC: number;
  /** The WBGT limit for the person's work and acclimatisation (NIOSH REL or RAL), °C. */
  limitC: number;
  /** Hourly incidence per person exposed right at the limit [A: a scenario input, not a published rate]. */
  atLimitPerHour: number;
  riskRatioPerC: number;
  /** Below this WBGT nobody falls ill from the heat. */
  onsetWbgtC: number;
}

/**
 * Hourly incidence of heat illness per exposed person: λ = λ_limit · RR^(WBGT − limit) for WBGT ≥ onset, 0 below.
 * The shape follows the exposure–response of Garzon-Villalba et al. (2016), Am. J. Ind. Med. 59:1169–1176 (RR 1.40 per
 * °C above a WBGT_max of 20 °C, Deepwater Horizon clean-up workers); anchoring it at the NIOSH limit follows Park,
 * Kim & Oh (2017), Ann. Occup. Environ. Med. 29:30 (96 % of cases at or above the case's REL/RAL). λ_limit is an
 * assumption the scenario states. Grows with WBGT; equals λ_limit at the limit. Throws RangeError for a negative rate,
 * a ratio ≤ 0 or non-finite input.
 */
export function heatIllnessPerHour(exposure: HeatIllnessExposure): number {
  const wbgtC = requireFinite('wbgtC', exposure.wbgtC);
  const limitC = requireFinite('limitC', exposure.limitC);
  const rate = requireAtLeast('atLimitPerHour', exposure.atLimitPerHour, 0);
  const ratio = requireAbove('riskRatioPerC', exposure.riskRatioPerC, 0);
  if (wbgtC < requireFinite('onsetWbgtC', exposure.onsetWbgtC)) return 0;
  return rate * detMath.pow(ratio, wbgtC - limitC);
}

/** Chance that an event of constant hourly rate happens within `dtS` seconds: 1 − exp(−λ dt). */
export function chanceWithin(ratePerHour: number, dtS: number): number {
  requireAtLeast('ratePerHour', ratePerHour, 0);
  requireAtLeast('dtS', dtS, 0);
  return 1 - detMath.exp(-(ratePerHour * dtS) / 3600);
}
