// An imported rehearsal is judged again from its record: its orders are replayed on its scenario and scored afresh,
// and the entry keeps that score and summary, never the ones the file carries. A forged score of 100 for a drill
// with no orders comes in as whatever doing nothing earns.
import type { ScoreReply, ScoreRequest } from '../review/scoreRequest.ts';
import type { DrillRecord, DrillScore } from '../sim/index.ts';
import { summarise } from './rehearsalEntry.ts';
import type { EntryProblem, Rehearsal } from './rehearsalSchema.ts';

/** The drill's toll at the record's end, for the summary. */
export interface Toll { deadCount: number; injuredCount: number; missingCount: number }

/** Scores a rehearsal's record from its orders (in the browser: in the scoring worker); a problem says why it could not. */
export type Rescore = (entry: Rehearsal) => Promise<{ ok: true; score: DrillScore; record: DrillRecord; toll: Toll } | { ok: false; problem: string }>;

/** The entries with the score their record earns; one that cannot be scored is named and left out. */
export async function rescoreEntries(entries: readonly Rehearsal[], rescore: Rescore, placeOf: (entry: Rehearsal) => string): Promise<{ rehearsals: Rehearsal[]; problems: EntryProblem[] }> {
  const rehearsals: Rehearsal[] = [];
  const problems: EntryProblem[] = [];
  for (const entry of entries) {
    let result: Awaited<ReturnType<Rescore>>;
    try {
      result = await rescore(entry);
    } catch (error) {
      result = { ok: false, problem: error instanceof Error ? error.message : String(error) };
    }
    if (!result.ok) {
      problems.push({ entry: placeOf(entry), field: 'record', kind: 'notRescored', problem: `could not be scored again from its orders: ${result.problem}` });
      continue;
    }
    const record = { ...result.record, events: [] };
    rehearsals.push({ ...entry, record, score: result.score, summary: summarise(result.score, result.toll) });
  }
  return { rehearsals, problems };
}

/**
 * A Rescore that sends the entry's record to `score` (the scoring worker, or scoreRequest itself in Node) to be scored
 * from its orders, the scenario found by `pathOf`; the toll is the replay's at its end.
 */
export function rescoreWith(score: (request: ScoreRequest) => Promise<ScoreReply>, pathOf: (scenarioId: string) => string | undefined): Rescore {
  return async (entry) => {
    const scenarioPath = pathOf(entry.scenarioId);
    if (scenarioPath === undefined) return { ok: false, problem: `there is no scenario "${entry.scenarioId}" in this DrillHall` };
    return scoreFromOrders(score, scenarioPath, entry.record);
  };
}

/** The score, replayed record and toll `score` gives a record's orders alone on the scenario at `scenarioPath`. */
export async function scoreFromOrders(score: (request: ScoreRequest) => Promise<ScoreReply>, scenarioPath: string, record: DrillRecord): ReturnType<Rescore> {
  const reply = await score({ scenarioPath, record: { ...record, events: [] }, fromOrders: true });
  if (!reply.ok) return { ok: false, problem: reply.message };
  if (!reply.record) return { ok: false, problem: 'the scorer did not replay the orders' };
  const last = (counts: number[]) => counts.at(-1) ?? 0;
  const toll = { deadCount: last(reply.series.deadCount), injuredCount: last(reply.series.injuredCount), missingCount: last(reply.series.missingCount) };
  return { ok: true, score: reply.score, record: reply.record, toll };
}
