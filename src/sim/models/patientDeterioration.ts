// Deterioration of untreated casualties as a constant-hazard (exponential) process: the chance that a casualty
// moves one START category worse (yellow → red, red → black) within a time step, and the share still stable.
import { requireAbove, requireAtLeast } from './rangeGuards';
import { detMath } from '../math/detMath';

/** The time scale and the care that slows it. */
export interface DeteriorationRate {
  /** Mean time for an untreated casualty to worsen by one category, s (1 / hazard). */
  meanTimeToWorsenS: number;
  /** Multiplies the hazard: 1 untreated, < 1 under care, 0 under definitive care. */
  careFactor?: number;
}

function hazardPerS(rate: DeteriorationRate): number {
  requireAbove('meanTimeToWorsenS', rate.meanTimeToWorsenS, 0);
  const careFactor = requireAtLeast('careFactor', rate.careFactor ?? 1, 0);
  return careFactor / rate.meanTimeToWorsenS;
}

/**
 * Probability that a casualty worsens within `dtS`: P = 1 − exp(−f · dt / τ) for a constant hazard f / τ
 * (the exponential survival model, e.g. Collett, *Modelling Survival Data in Medical Research*, 3rd ed. 2015,
 * §5.1). Memoryless, so n steps of dt compound exactly to one step of n · dt. The constant hazard is a modelling
 * assumption: the time scales τ are the scenario's, anchored by default to the triage doctrine of hazard-models
 * §4.2–4.3 (red = immediate, the "golden hour"; yellow "may wait ≈ 1 h"; green "≈ 3 h"). Throws RangeError for
 * τ ≤ 0, a negative care factor or a negative or non-finite step.
 */
export function worseningProbability(rate: DeteriorationRate, dtS: number): number {
  requireAtLeast('dtS', dtS, 0);
  return 1 - detMath.exp(-hazardPerS(rate) * dtS);
}

/** Share of casualties who have not yet worsened after `elapsedS`: S(t) = exp(−f · t / τ). Same guards. */
export function stillStableShare(rate: DeteriorationRate, elapsedS: number): number {
  requireAtLeast('elapsedS', elapsedS, 0);
  return detMath.exp(-hazardPerS(rate) * elapsedS);
}

/** Median time to worsen, s: τ ln 2 / f (Infinity under definitive care, f = 0). */
export function medianTimeToWorsenS(rate: DeteriorationRate): number {
  const hazard = hazardPerS(rate);
  return hazard === 0 ? Infinity : Math.LN2 / hazard;
}
