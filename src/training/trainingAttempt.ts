// One micro-drill a trainee played to its end on this device, as the self-training screens hand it over: the drill,
// the team played, the role score, passed or not, with hints (coached) or without (test), when, and its record.
// Checked whenever it is kept or read back, so a damaged entry is named and left out, never trusted.
import { z } from 'zod';

/** The longest trainee's name kept: a person's name, not a paragraph. */
export const maxTraineeNameChars = 40;

export const TrainingAttemptSchema = z.strictObject({
  /** The micro-drill's scenario id (scenarios/training/<id>.json). */
  scenarioId: z.string().min(1),
  /** The team the trainee played (the micro-drill's `training.team`, as `--role` names it). */
  role: z.string().min(1),
  scorePercent: z.number().min(0).max(100),
  passed: z.boolean(),
  /** `coached`: with the decision points' hints; `test`: without. */
  mode: z.enum(['coached', 'test']),
  finishedAtIso: z.iso.datetime({ offset: true }),
  /** The drill record JSON; its orders are what a facilitator's import scores again. */
  record: z.unknown(),
});

export interface TrainingAttempt { scenarioId: string; role: string; scorePercent: number; passed: boolean; mode: 'coached' | 'test'; finishedAtIso: string; record: unknown /* the drill record JSON */ }

/** The attempt checked, or its problems, each naming the field (`place` names the attempt). */
export function checkAttempt(value: unknown, place: string): { ok: true; attempt: TrainingAttempt } | { ok: false; problems: string[] } {
  const parsed = TrainingAttemptSchema.safeParse(value);
  if (parsed.success) return { ok: true, attempt: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, 5).map((i) => `${place}: ${i.path.join('.') || '(attempt)'}: ${i.message}`) };
}

/** The attempt as kept: the record's events are dropped (replaying its orders makes them again), so the device keeps kilobytes. */
export function withoutRecordEvents(attempt: TrainingAttempt): TrainingAttempt {
  const { record } = attempt;
  if (typeof record !== 'object' || record === null || Array.isArray(record) || !('events' in record)) return attempt;
  return { ...attempt, record: { ...record, events: [] } };
}

/** A trainee's name as kept: trimmed, inner runs of spaces made one; null when nothing is left or it is too long. */
export function cleanTraineeName(text: string): string | null {
  const name = text.trim().replace(/\s+/g, ' ');
  return name === '' || name.length > maxTraineeNameChars ? null : name;
}
