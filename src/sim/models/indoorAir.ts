// Indoor air of a house in a passing toxic cloud: a single well-mixed zone exchanging air with outdoors.
import { requireAtLeast } from './rangeGuards';
import { detMath } from '../math/detMath';

/** One step of a house's indoor air under a steady outdoor concentration. */
export interface IndoorAirStep {
  /** Indoor and outdoor concentration at the start of the step, in any one unit (ppm, mg/m³ …). */
  indoor: number;
  outdoor: number;
  /** Air changes per hour (ACH): outdoor air entering per hour as a multiple of the house's volume. */
  airChangesPerHour: number;
  dtS: number;
}

function decay(step: IndoorAirStep): number {
  requireAtLeast('indoor', step.indoor, 0);
  requireAtLeast('outdoor', step.outdoor, 0);
  requireAtLeast('airChangesPerHour', step.airChangesPerHour, 0);
  requireAtLeast('dtS', step.dtS, 0);
  return detMath.exp((-step.airChangesPerHour * step.dtS) / 3600);
}

/**
 * Indoor concentration at the end of the step: the exact solution of V dCin/dt = Q (Cout − Cin),
 * Cin(t + Δt) = Cout + (Cin − Cout) e^(−λ Δt) with λ = ACH / 3600 s, for Cout steady over the step; it never
 * overshoots Cout and never goes negative. No deposition on indoor surfaces (cautious for reactive gases such as
 * chlorine). Source: the single-zone model of shelter-in-place studies, e.g. Chan, Nazaroff, Price & Gadgil (2007),
 * "Effectiveness of urban shelter-in-place—I: idealized conditions", Atmospheric Environment 41, eq. 1.
 * Throws RangeError for negative input.
 */
export function indoorConcentrationAfter(step: IndoorAirStep): number {
  const k = decay(step);
  return step.outdoor + (step.indoor - step.outdoor) * k;
}

/**
 * Mean indoor concentration over the step, from the same exact solution:
 * Cout + (Cin − Cout) (1 − e^(−λ Δt)) / (λ Δt); the starting value when λ Δt is 0. Same guards.
 */
export function indoorConcentrationMean(step: IndoorAirStep): number {
  const k = decay(step);
  const x = (step.airChangesPerHour * step.dtS) / 3600;
  return x === 0 ? step.indoor : step.outdoor + ((step.indoor - step.outdoor) * (1 - k)) / x;
}
