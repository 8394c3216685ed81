// What a micro-drill in progress keeps beside its record so that a reload resumes it as it was: the run (so its end
// is counted once), hints or a test, the speed chosen, and the decision cards still waiting for the trainee.
import { z } from 'zod';
import { drillSpeeds } from '../app/DrillClock.ts';

export const SavedCoachSchema = z.strictObject({
  /** Names this run of the micro-drill, so that its end adds one attempt to the progress however often it is resumed. */
  runId: z.string().min(1).max(64),
  mode: z.enum(['coached', 'test']),
  speed: z.union(drillSpeeds.map((s) => z.literal(s))),
  /** The decision points whose cards were up (the clock waiting on them) when it was saved, in asking order. */
  cardsUp: z.array(z.string().min(1)).max(50),
});

export type SavedCoach = z.infer<typeof SavedCoachSchema>;

/** The coach's part as saved, or null when it is missing or not in the shape this version writes. */
export function checkSavedCoach(value: unknown): SavedCoach | null {
  const parsed = SavedCoachSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A run's name: unique enough on one device (the wall clock and a random tail; never used by the core). */
export function newRunId(nowMs: number, random: () => number): string {
  return `${nowMs.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}

/**
 * Whether a run's finished attempt is added to the progress, and whether the saved run is forgotten with it, from
 * what is saved when it ends: the run itself → added and forgotten; another run saved since → added, that one left;
 * nothing → added only if this run was never saved (a run saved once and gone was counted by a resumed copy of it).
 */
export function countRunOnce(saved: { coach?: SavedCoach } | null, run: { runId: string; wasKept: boolean }): { add: boolean; forget: boolean } {
  if (!saved) return { add: !run.wasKept, forget: false };
  const same = saved.coach?.runId === run.runId;
  return { add: true, forget: same };
}
