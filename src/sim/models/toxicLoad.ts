// Toxic load Σ Cⁿ Δt and the lethality probits of township gases (C in ppm, T in min), with ppm ↔ mg/m³.
import { probitToProbability } from './normalCdf';
import { requireAtLeast, requireOneOf } from './rangeGuards';
import { detMath } from '../math/detMath';

/** Gases with a lethality probit here (C in ppm, T in min). */
export type ProbitGas = 'chlorine' | 'ammonia' | 'carbonMonoxide';

/** Molar masses, g/mol. */
export const molarMassGMol: Readonly<Record<ProbitGas, number>> = { chlorine: 70.906, ammonia: 17.031, carbonMonoxide: 28.010 };

/** Molar volume of an ideal gas at 25 °C and 1 atm, L/mol: mg/m³ = ppm × M / 24.45 (hazard-models.md §8.1). */
const MOLAR_VOLUME_L = 24.45;

/** ppm by volume of a gas at `mgM3` (25 °C, 1 atm). Throws RangeError for a negative concentration. */
export function ppmFromMgM3(mgM3: number, gas: ProbitGas): number {
  requireAtLeast('mgM3', mgM3, 0);
  return (mgM3 * MOLAR_VOLUME_L) / molarMassGMol[requireOneOf('gas', gas, GASES)];
}

/** mg/m³ of a gas at `ppm` (25 °C, 1 atm). Throws RangeError for a negative concentration. */
export function mgM3FromPpm(ppm: number, gas: ProbitGas): number {
  requireAtLeast('ppm', ppm, 0);
  return (ppm * molarMassGMol[requireOneOf('gas', gas, GASES)]) / MOLAR_VOLUME_L;
}

/**
 * Lethality probits Y = a + b ln(Σ Cⁿ Δt), C in ppm, Δt in min: chlorine −8.29 + 0.92 ln(C² t), ammonia
 * −35.9 + 1.85 ln(C² t) (CCPS 2000 / Crowl & Louvar, Chemical Process Safety, Table 2-5), carbon monoxide
 * −37.98 + 3.7 ln(C t) (the CO probit is [M] in hazard-models.md §8.3).
 */
export const lethalityProbits: Readonly<Record<ProbitGas, { a: number; b: number; n: number }>> = {
  chlorine: { a: -8.29, b: 0.92, n: 2 },
  ammonia: { a: -35.9, b: 1.85, n: 2 },
  carbonMonoxide: { a: -37.98, b: 3.7, n: 1 },
};
const GASES = Object.keys(lethalityProbits) as ProbitGas[];

/**
 * Toxic load added by breathing `ppm` for `minutes`: Cⁿ Δt with the gas's probit exponent n (ppmⁿ·min).
 * The load of a varying exposure is the sum of these over the steps (hazard-models.md §8.3).
 * Throws RangeError for a negative concentration or duration.
 */
export function toxicLoadIncrement(gas: ProbitGas, ppm: number, minutes: number): number {
  requireAtLeast('ppm', ppm, 0);
  requireAtLeast('minutes', minutes, 0);
  return detMath.pow(ppm, lethalityProbits[requireOneOf('gas', gas, GASES)].n) * minutes;
}

/**
 * Probability of death for a toxic load (ppmⁿ·min): P = Φ(a + b ln L − 5); 0 for no load, non-decreasing in L.
 * Source: the probits above. Throws RangeError for a negative load.
 */
export function lethalityProbability(gas: ProbitGas, loadPpmNMin: number): number {
  requireAtLeast('loadPpmNMin', loadPpmNMin, 0);
  const { a, b } = lethalityProbits[requireOneOf('gas', gas, GASES)];
  return loadPpmNMin === 0 ? 0 : probitToProbability(a + b * detMath.log(loadPpmNMin));
}
