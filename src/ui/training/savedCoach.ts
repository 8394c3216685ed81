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

/** How many runs' names are remembered as counted: far more than a trainee can have open at once. */
export const countedRunsKept = 50;

/**
 * Whether a run's finished attempt is added to the progress, the runs then remembered as counted, and whether the
 * saved run is forgotten: added unless its run was counted already (a copy resumed in another tab, say), and the
 * saved run forgotten when it is this one (never another run saved since).
 */
export function countRunOnce(counted: readonly string[], saved: { coach?: SavedCoach } | null, runId: string): { add: boolean; counted: string[]; forget: boolean } {
  const add = !counted.includes(runId);
  return { add, counted: add ? [...counted, runId].slice(-countedRunsKept) : [...counted], forget: saved?.coach?.runId === runId };
}

/** The counted runs' names as kept, or none when the value is not a list of names. */
export function checkCountedRuns(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
