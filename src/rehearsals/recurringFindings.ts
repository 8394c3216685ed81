// The findings that come back: the same rubric measure held against the same team in two or more rehearsals of a
// scenario. One still found in the latest rehearsal "keeps coming back"; one absent from it is "fixed".
import type { Rehearsal } from './rehearsalSchema.ts';

export interface RecurringFinding {
  /** The measure the finding came from (reportOnTime, rightLead …). */
  item: string;
  /** The team responsible for the corrective action. */
  owner: string;
  /** In how many rehearsals it was found. */
  count: number;
  /** Ids and finishing times of the first and the last rehearsal that had it. */
  firstSeen: { id: string; finishedAt: string };
  lastSeen: { id: string; finishedAt: string };
  status: 'recurring' | 'fixed';
  /** The rule and its particulars as the last rehearsal that had it found them, for words in any language. */
  code: string;
  params: Record<string, string | number>;
}

const keyOf = (f: { item: string; owner: string }) => `${f.item}\u0000${f.owner}`;

/**
 * Findings seen in at least two of the rehearsals (given oldest first), each counted once per rehearsal: the ones
 * that keep coming back first, then the most frequent, then by measure and team.
 */
export function recurringFindings(rehearsals: readonly Rehearsal[]): RecurringFinding[] {
  const latest = rehearsals.at(-1);
  const found = new Map<string, RecurringFinding>();
  for (const r of rehearsals) {
    const seen = new Set<string>();
    for (const f of r.score.findings) {
      const key = keyOf(f);
      if (seen.has(key)) continue;
      seen.add(key);
      const at = { id: r.id, finishedAt: r.finishedAt };
      const known = found.get(key);
      found.set(key, {
        item: f.item, owner: f.owner, count: (known?.count ?? 0) + 1, firstSeen: known?.firstSeen ?? at, lastSeen: at,
        status: r === latest ? 'recurring' : 'fixed', code: f.code, params: f.params,
      });
    }
  }
  const order = (a: RecurringFinding, b: RecurringFinding) =>
    (a.status === b.status ? 0 : a.status === 'recurring' ? -1 : 1) || b.count - a.count || (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);
  return [...found.values()].filter((f) => f.count >= 2).sort(order);
}
