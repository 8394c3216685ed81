// A trainee's micro-drills as one rehearsals file the facilitator imports into the rehearsal log: each attempt becomes
// an entry of self-training with the trainee's name, its record, and the score its orders earn when replayed — never
// the score the device kept, and the log's import scores it again from the record anyway.
import { summarise } from '../rehearsals/rehearsalEntry.ts';
import { exportText } from '../rehearsals/rehearsalExchange.ts';
import type { Rehearsal } from '../rehearsals/rehearsalSchema.ts';
import { checkRehearsal, RecordSchema, rehearsalSchemaVersion } from '../rehearsals/rehearsalSchema.ts';
import { scoreFromOrders } from '../rehearsals/rescoreEntries.ts';
import type { ScoreReply, ScoreRequest } from '../review/scoreRequest.ts';
import type { DrillRecord } from '../sim/index.ts';
import type { TrainingAttempt } from './trainingAttempt.ts';

/** What the export needs of a micro-drill of this DrillHall: its file and its titles. */
export interface MicroDrillFile { path: string; titleZh: string; titleEn: string }

/** Why one attempt is not in the file: its drill is not in this DrillHall, its record is damaged, or it could not be scored. */
export interface AttemptProblem { scenarioId: string; finishedAtIso: string; kind: 'unknownDrill' | 'damagedRecord' | 'notScored'; detail: string }

export interface TrainingExportOptions {
  trainee: string;
  exportedAt: string;
  drillOf: (scenarioId: string) => MicroDrillFile | undefined;
  /** Scores a record from its orders (in the browser the scoring worker, in Node scoreRequest itself). */
  score: (request: ScoreRequest) => Promise<ScoreReply>;
}

/** FNV-1a of a string, as 8 hex digits: ids that come out the same each time the same attempt is exported. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** The entry's id: the same attempt exported twice has the same id, so the log's import does not keep it twice. */
export function attemptEntryId(attempt: TrainingAttempt, trainee: string): string {
  const ms = Date.parse(attempt.finishedAtIso);
  return `t-${(Number.isFinite(ms) ? ms : 0).toString(36)}-${fnv1a(`${attempt.scenarioId}\u0000${trainee}\u0000${attempt.finishedAtIso}`)}`;
}

async function entryOf(attempt: TrainingAttempt, options: TrainingExportOptions): Promise<{ ok: true; entry: Rehearsal } | { ok: false; problem: AttemptProblem }> {
  const fail = (kind: AttemptProblem['kind'], detail: string) => ({ ok: false as const, problem: { scenarioId: attempt.scenarioId, finishedAtIso: attempt.finishedAtIso, kind, detail } });
  const drill = options.drillOf(attempt.scenarioId);
  if (!drill) return fail('unknownDrill', `there is no micro-drill "${attempt.scenarioId}" in this DrillHall`);
  const record = RecordSchema.safeParse(attempt.record);
  if (!record.success) return fail('damagedRecord', record.error.issues.slice(0, 3).map((i) => `record.${i.path.join('.')}: ${i.message}`).join('; '));
  if (record.data.scenarioId !== attempt.scenarioId) return fail('damagedRecord', `record.scenarioId: the record is of "${record.data.scenarioId}"`);
  let scored: Awaited<ReturnType<typeof scoreFromOrders>>;
  try {
    scored = await scoreFromOrders(options.score, drill.path, record.data as DrillRecord);
  } catch (error) {
    scored = { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
  if (!scored.ok) return fail('notScored', scored.problem);
  const entry: Rehearsal = {
    schemaVersion: rehearsalSchemaVersion,
    id: attemptEntryId(attempt, options.trainee),
    scenarioId: attempt.scenarioId,
    titleZh: drill.titleZh,
    titleEn: drill.titleEn,
    finishedAt: attempt.finishedAtIso,
    mode: 'training',
    team: attempt.role,
    trainee: { name: options.trainee, mode: attempt.mode },
    seed: scored.record.seed,
    record: { ...scored.record, events: [] },
    score: scored.score,
    summary: summarise(scored.score, scored.toll),
  };
  const checked = checkRehearsal(entry, entry.id);
  return checked.ok ? { ok: true, entry: checked.rehearsal } : fail('damagedRecord', checked.problems.map((p) => `${p.field}: ${p.problem}`).join('; '));
}

/** The rehearsals file of every attempt that can be scored from its record, oldest first; the others are named. */
export async function trainingExport(attempts: readonly TrainingAttempt[], options: TrainingExportOptions): Promise<{ text: string; count: number; problems: AttemptProblem[] }> {
  const entries: Rehearsal[] = [];
  const problems: AttemptProblem[] = [];
  const inOrder = [...attempts].sort((a, b) => Date.parse(a.finishedAtIso) - Date.parse(b.finishedAtIso));
  for (const attempt of inOrder) {
    const result = await entryOf(attempt, options);
    if (result.ok) entries.push(result.entry);
    else problems.push(result.problem);
  }
  return { text: exportText(entries, options.exportedAt), count: entries.length, problems };
}
