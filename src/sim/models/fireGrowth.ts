// t-squared design fire: heat release rate of a growing building fire, Q = α t².
import { requireAtLeast, requireOneOf } from './rangeGuards';

/** NFPA / SFPE growth class of a t-squared fire. */
export type FireGrowthClass = 'slow' | 'medium' | 'fast' | 'ultrafast';

/** Heat release rate that defines the growth time t_g: 1055 kW (1000 Btu/s). */
export const T_SQUARED_REFERENCE_HRR_KW = 1055;

/** Growth time t_g (s) to reach 1055 kW, per class. */
export const T_SQUARED_GROWTH_TIME_S: Readonly<Record<FireGrowthClass, number>> = {
  slow: 600,
  medium: 300,
  fast: 150,
  ultrafast: 75,
};

const GROWTH_CLASSES = Object.keys(T_SQUARED_GROWTH_TIME_S) as FireGrowthClass[];

/** Fire growth coefficient α = 1055 kW / t_g², kW/s² (0.00293 / 0.01172 / 0.04689 / 0.18756). */
export function tSquaredAlphaKwPerS2(growth: FireGrowthClass): number {
  const growthTimeS = T_SQUARED_GROWTH_TIME_S[requireOneOf('growth', growth, GROWTH_CLASSES)];
  return T_SQUARED_REFERENCE_HRR_KW / (growthTimeS * growthTimeS);
}

/**
 * Heat release rate of a t-squared design fire, Q = α t² kW, with α = 1055 kW / t_g² and t_g = 600 / 300 / 150 / 75 s
 * for slow / medium / fast / ultrafast. Guarantees Q(0) = 0, Q(t_g) = 1055 kW, and Q rising as t².
 * Source: NFPA 72 (Annex B) and NFPA 92; SFPE Handbook t-squared fires (Heskestad); BS PD 7974-1 uses the same classes.
 * The curve is uncapped: the caller caps Q at the fuel- or ventilation-limited peak (e.g. GB 51251 design fire sizes).
 * Throws RangeError for negative or non-finite time (t counts from effective ignition) or an unknown growth class.
 */
export function tSquaredHrrKw(growth: FireGrowthClass, timeSinceIgnitionS: number): number {
  const alpha = tSquaredAlphaKwPerS2(growth);
  requireAtLeast('timeSinceIgnitionS', timeSinceIgnitionS, 0);
  return alpha * timeSinceIgnitionS * timeSinceIgnitionS;
}
