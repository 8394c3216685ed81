// Survival of a trapped person by time and by how they are buried: the Tangshan curve under proportional hazards.
import { requireAtLeast } from './rangeGuards';
import { trappedSurvivalProbability } from './survival';
import { detMath } from '../math/detMath';

/**
 * Probability (0–1) that a person trapped for `hoursTrapped` hours is alive when freed, when their hazard of dying
 * is `hazardMultiplier` times the one behind the Tangshan 1976 table: S_m(t) = S(t)^m, where S is
 * `trappedSurvivalProbability` (hazard-models.md §5.1, which advises to "multiply the hazard for crush injury or
 * no void"; multiplying the cumulative hazard −ln S by m is Cox's (1972) proportional-hazards form).
 * m = 1 is the table itself (mostly people in voids); m < 1 someone pinned near the surface; m = 20 someone buried
 * with no void, whose survival then falls to 50 % at about 4 h — within the 2–6 h after which fewer than half of
 * those trapped in collapsed earthen buildings are alive (Noji; Coburn et al., as cited in §5.1).
 * Guarantees a value in (0, 1] that never rises with time and never rises with m; m = 0 gives 1.
 * Throws RangeError for a negative or non-finite time or multiplier.
 */
export function buriedSurvivalProbability(hoursTrapped: number, hazardMultiplier: number): number {
  requireAtLeast('hazardMultiplier', hazardMultiplier, 0);
  return detMath.pow(trappedSurvivalProbability(hoursTrapped), hazardMultiplier);
}

/** The hazard multiplier that puts survival at `survival` after `hoursTrapped` hours: m = ln s / ln S(t). */
export function hazardMultiplierFor(hoursTrapped: number, survival: number): number {
  requireAtLeast('survival', survival, Number.MIN_VALUE);
  if (survival > 1) throw new RangeError(`survival must be at most 1, got ${survival}`);
  const base = trappedSurvivalProbability(hoursTrapped);
  if (base >= 1) throw new RangeError(`the Tangshan curve has not fallen yet at ${hoursTrapped} h`);
  return detMath.log(survival) / detMath.log(base);
}
