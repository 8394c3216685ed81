// Survival of people trapped in a collapse, by time to extrication (Tangshan 1976 table, linear in between).
import { requireAtLeast } from './rangeGuards';

/** [hours since collapse, survival fraction of those extricated then]; day n is placed at 24 n hours. */
const TANGSHAN_1976: readonly (readonly [number, number])[] = [
  [0, 1],
  [0.5, 0.993],
  [24, 0.81],
  [48, 0.537],
  [72, 0.367],
  [96, 0.19],
  [120, 0.074],
];

/** Survival after the last tabulated day (day 5), held constant. */
export const TRAPPED_SURVIVAL_FLOOR = 0.074;

/**
 * Probability (0–1) that a person trapped in a collapse is alive when extricated after `hoursTrapped` hours:
 * 1 at 0 h, 99.3 % at 30 min, 81 % at day 1, 53.7 % day 2, 36.7 % day 3, 19 % day 4, 7.4 % day 5, linear in between.
 * Guarantees a value in [0.074, 1] that never rises with time.
 * Source: Tangshan 1976 extrication survival as reproduced in Chinese earthquake-rescue material (hazard-models §5.1).
 * The day-2 value is contested (33.7 % and 34 % also circulate); 53.7 % is used.
 * After day 5 it stays at the 7.4 % floor. Extending the day-4→5 slope would reach 0 before day 6, yet survivals
 * after 13 days are documented and reported survival beyond 72 h runs 2–30 %; with no tabulated point to fit a
 * tail to, holding the last observed value is the least invented choice. Callers modulate it for void type and
 * injury. Throws RangeError for negative or non-finite time.
 */
export function trappedSurvivalProbability(hoursTrapped: number): number {
  requireAtLeast('hoursTrapped', hoursTrapped, 0);
  let previous: readonly [number, number] = [0, 1];
  for (const knot of TANGSHAN_1976) {
    const [h0, s0] = previous;
    const [h1, s1] = knot;
    if (hoursTrapped <= h1) return h1 === h0 ? s1 : s0 + ((s1 - s0) * (hoursTrapped - h0)) / (h1 - h0);
    previous = knot;
  }
  return TRAPPED_SURVIVAL_FLOOR;
}
