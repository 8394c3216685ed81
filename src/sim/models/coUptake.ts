// Carbon monoxide uptake: blood carboxyhaemoglobin (COHb) by the Coburn–Forster–Kane equation, and Stewart's
// empirical uptake rate that fire-safety engineering uses to check it.
import { requireAbove, requireAtLeast, requireWithin } from './rangeGuards';
import { detMath } from '../math/detMath';

/** The physiology the CFK equation needs. */
export interface CfkParameters {
  /** Alveolar ventilation V̇A, L/min (about 5 asleep, 6 at rest, 20 or more at work). */
  alveolarVentilationLMin: number;
  /** Blood volume Vb, mL. */
  bloodVolumeMl: number;
  /** Lung diffusing capacity for CO, DL, mL/(min·mmHg). */
  diffusingCapacityMlMinMmHg: number;
  barometricPressureMmHg: number;
  /** Haldane constant M: haemoglobin's affinity for CO relative to O₂. */
  haldaneM: number;
  /** Mean pulmonary capillary O₂ pressure, mmHg (about 100 breathing air, ~600 on high-flow oxygen). */
  capillaryO2MmHg: number;
  /** Endogenous CO production, mL/min. */
  endogenousCoMlMin: number;
  /** Haemoglobin, g/dL; each gram binds 1.38 mL of gas. */
  haemoglobinGDl: number;
}

/** A resting adult (Peterson & Stewart 1975; US EPA 2010 Integrated Science Assessment for CO, ch. 4). */
export const restingAdultCfk: CfkParameters = {
  alveolarVentilationLMin: 6, bloodVolumeMl: 5500, diffusingCapacityMlMinMmHg: 30, barometricPressureMmHg: 760,
  haldaneM: 218, capillaryO2MmHg: 100, endogenousCoMlMin: 0.007, haemoglobinGDl: 15,
};

/** Water vapour pressure in the lungs at 37 °C, mmHg. */
const LUNG_WATER_MMHG = 47;

function terms(ppm: number, p: CfkParameters) {
  requireAtLeast('ambientPpm', ppm, 0);
  requireAbove('alveolarVentilationLMin', p.alveolarVentilationLMin, 0);
  requireAbove('bloodVolumeMl', p.bloodVolumeMl, 0);
  requireAbove('diffusingCapacityMlMinMmHg', p.diffusingCapacityMlMinMmHg, 0);
  requireAbove('capillaryO2MmHg', p.capillaryO2MmHg, 0);
  requireAbove('haemoglobinGDl', p.haemoglobinGDl, 0);
  const dryMmHg = requireAbove('barometricPressureMmHg', p.barometricPressureMmHg, LUNG_WATER_MMHG) - LUNG_WATER_MMHG;
  const b = 1 / p.diffusingCapacityMlMinMmHg + dryMmHg / (p.alveolarVentilationLMin * 1000);
  return { b, inhaledCoMmHg: ppm * 1e-6 * dryMmHg, capacityMlMl: (1.38 * p.haemoglobinGDl) / 100 };
}

/** d[COHb]/dt, mL CO per mL blood per minute. */
function rate(cohbMlMl: number, ppm: number, p: CfkParameters): number {
  const { b, inhaledCoMmHg, capacityMlMl } = terms(ppm, p);
  const o2Hb = Math.max(capacityMlMl - cohbMlMl, 1e-9);
  return p.endogenousCoMlMin / p.bloodVolumeMl + inhaledCoMmHg / (b * p.bloodVolumeMl)
    - (cohbMlMl * p.capillaryO2MmHg) / (p.haldaneM * b * p.bloodVolumeMl * o2Hb);
}

/**
 * %COHb after breathing `ambientPpm` for `minutes` from `cohbPct`, by the non-linear Coburn–Forster–Kane equation
 * d[COHb]/dt = V̇CO/Vb + PICO/(B Vb) − [COHb] P̄cO₂ / (M B Vb [O₂Hb]), B = 1/DL + (PB − 47)/V̇A,
 * PICO = ppm × 10⁻⁶ × (PB − 47), [O₂Hb] = 1.38 Hb − [COHb]; integrated by fourth-order Runge–Kutta in steps of at
 * most one minute. It rises toward, and never passes, the steady state of cfkSteadyStateCohbPct; in clean air it
 * falls toward the endogenous level. Source: Coburn, Forster & Kane (1965), J. Clin. Invest. 44:1899.
 * Throws RangeError for %COHb outside 0–100, negative ppm or minutes, or a non-positive physiological parameter.
 */
export function cfkCohbPct(options: { cohbPct: number; ambientPpm: number; minutes: number; params?: CfkParameters }): number {
  const p = options.params ?? restingAdultCfk;
  const { capacityMlMl } = terms(options.ambientPpm, p);
  requireWithin('cohbPct', options.cohbPct, 0, 100);
  const steps = Math.ceil(requireAtLeast('minutes', options.minutes, 0));
  if (steps === 0) return options.cohbPct;
  const h = options.minutes / steps;
  let y = (options.cohbPct / 100) * capacityMlMl;
  for (let i = 0; i < steps; i++) {
    const k1 = rate(y, options.ambientPpm, p);
    const k2 = rate(y + (h / 2) * k1, options.ambientPpm, p);
    const k3 = rate(y + (h / 2) * k2, options.ambientPpm, p);
    const k4 = rate(y + h * k3, options.ambientPpm, p);
    y += (h / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
  }
  return (100 * y) / capacityMlMl;
}

/**
 * %COHb that the CFK equation settles at for a steady `ambientPpm`: [COHb]/[O₂Hb] = M (V̇CO B + PICO) / P̄cO₂, which
 * without endogenous CO is Haldane's relation [COHb]/[O₂Hb] = M PCO / PO₂. Same guards as cfkCohbPct.
 */
export function cfkSteadyStateCohbPct(ambientPpm: number, params: CfkParameters = restingAdultCfk): number {
  const { b, inhaledCoMmHg } = terms(ambientPpm, params);
  const ratio = (params.haldaneM * (params.endogenousCoMlMin * b + inhaledCoMmHg)) / params.capillaryO2MmHg;
  return (100 * ratio) / (1 + ratio);
}

/**
 * Stewart's empirical uptake, the rise in %COHb while breathing `ppm` at a respiratory minute volume of `rmvLMin`
 * for `minutes`: 3.317 × 10⁻⁵ [CO]^1.036 RMV t (linear: valid while COHb is well below its steady state).
 * Source: Stewart et al. (1973) as used by Purser, SFPE Handbook, and NIST FDS (hazard-models.md §8.4).
 * Throws RangeError for negative input.
 */
export function stewartCohbRisePct(options: { ppm: number; rmvLMin: number; minutes: number }): number {
  requireAtLeast('ppm', options.ppm, 0);
  requireAtLeast('rmvLMin', options.rmvLMin, 0);
  requireAtLeast('minutes', options.minutes, 0);
  return 3.317e-5 * detMath.pow(options.ppm, 1.036) * options.rmvLMin * options.minutes;
}
