// AEGL thresholds of township gases as toxic loads, and the injuries a load causes read from them.
import { standardNormalCdf } from './normalCdf';
import { requireAbove, requireAtLeast, requireOneOf } from './rangeGuards';
import { lethalityProbability, lethalityProbits } from './toxicLoad';
import { detMath } from '../math/detMath';

/** Gases with AEGL values here; both follow Cⁿ t = k with n = 2 (ten Berge), like their lethality probits. */
export type AeglGas = 'chlorine' | 'ammonia';

/** AEGL durations, min. */
const AEGL_MIN = [10, 30, 60, 240, 480] as const;

/** AEGL-1/2/3 in ppm at 10 / 30 / 60 / 240 / 480 min. Source: US EPA AEGL program, as in hazard-models.md §8.2. */
export const aeglPpm: Readonly<Record<AeglGas, readonly [readonly number[], readonly number[], readonly number[]]>> = {
  chlorine: [[0.5, 0.5, 0.5, 0.5, 0.5], [2.8, 2.8, 2.0, 1.0, 0.71], [50, 28, 20, 10, 7.1]],
  ammonia: [[30, 30, 30, 30, 30], [220, 220, 160, 110, 110], [2700, 1600, 1100, 550, 390]],
};
const GASES = Object.keys(aeglPpm) as AeglGas[];

/**
 * The AEGL of `level` (1, 2 or 3) for an exposure of `durationMin`, ppm: the tabulated value at 10, 30, 60, 240 and
 * 480 min, interpolated linearly in log C against log t between them, and held flat before 10 min and after 8 h.
 * Throws RangeError for a duration ≤ 0, an unknown gas or level.
 */
export function aeglAtPpm(gas: AeglGas, level: 1 | 2 | 3, durationMin: number): number {
  requireAbove('durationMin', durationMin, 0);
  const row = aeglPpm[requireOneOf('gas', gas, GASES)][level - 1];
  if (!row) throw new RangeError(`level must be 1, 2 or 3, got ${level}`);
  if (durationMin <= AEGL_MIN[0]) return row[0]!;
  const i = AEGL_MIN.findIndex((t) => t >= durationMin);
  if (i < 0) return row[row.length - 1]!;
  if (AEGL_MIN[i] === durationMin) return row[i]!;
  const f = detMath.log(durationMin / AEGL_MIN[i - 1]!) / detMath.log(AEGL_MIN[i]! / AEGL_MIN[i - 1]!);
  return detMath.exp(detMath.log(row[i - 1]!) + f * detMath.log(row[i]! / row[i - 1]!));
}

/**
 * The toxic load (ppm²·min) of the level's AEGL held for the exposure's duration, counted as at least 10 min so
 * that a brief high peak is judged as the AEGL program extrapolates (ten Berge, C² t = k). Same guards.
 */
export function aeglLoadPpm2Min(gas: AeglGas, level: 1 | 2 | 3, durationMin: number): number {
  const minutes = Math.max(requireAtLeast('durationMin', durationMin, 0), AEGL_MIN[0]);
  const ppm = aeglAtPpm(gas, level, minutes);
  return ppm * ppm * minutes;
}

/** z₀.₉₉: the standard normal quantile of 99 %. */
const Z99 = 2.3263478740408408;

/** Φ(ln(L / L₅₀) / s), with s set so that the load `l01` is the 1st percentile. */
function logNormalShare(load: number, l01: number, l50: number): number {
  return load === 0 ? 0 : standardNormalCdf((detMath.log(load / l50) * Z99) / detMath.log(l50 / l01));
}

/**
 * Share of people a toxic load (ppm²·min) over `durationMin` has injured (they need medical care): log-normal in
 * the load, 1 % at the AEGL-2 load and 50 % at the AEGL-3 load. AEGLs protect susceptible people, so this reads
 * AEGL-2 as where the most sensitive start to be disabled and AEGL-3 as where the typical adult is. A DrillHall
 * modelling choice anchored on the EPA AEGLs, not a published probit. Never below aeglSevereShare; 0 without load,
 * non-decreasing in the load.
 * Throws RangeError for a negative load or duration, or an unknown gas.
 */
export function aeglInjuryShare(gas: AeglGas, loadPpm2Min: number, durationMin: number): number {
  requireAtLeast('loadPpm2Min', loadPpm2Min, 0);
  const share = logNormalShare(loadPpm2Min, aeglLoadPpm2Min(gas, 2, durationMin), aeglLoadPpm2Min(gas, 3, durationMin));
  return Math.max(share, aeglSevereShare(gas, loadPpm2Min, durationMin));
}

/**
 * Share of people a toxic load has severely injured (life-threatening without treatment, e.g. pulmonary oedema):
 * log-normal, 1 % at the AEGL-3 load and 50 % at the load that kills half by the gas's lethality probit (Y = 5).
 * The dead are among them: never below the lethality probit. Same modelling status and guards as aeglInjuryShare.
 */
export function aeglSevereShare(gas: AeglGas, loadPpm2Min: number, durationMin: number): number {
  requireAtLeast('loadPpm2Min', loadPpm2Min, 0);
  const { a, b } = lethalityProbits[requireOneOf('gas', gas, GASES)];
  const share = logNormalShare(loadPpm2Min, aeglLoadPpm2Min(gas, 3, durationMin), detMath.exp((5 - a) / b));
  return Math.max(share, lethalityProbability(gas, loadPpm2Min));
}
