// The order rehearsals are listed and compared in: by the wall-clock time they finished, ties by id.
import type { Rehearsal } from './rehearsalSchema.ts';

/** Rehearsals oldest first; two that finished at the same moment in the order of their ids. */
export function inTimeOrder(rehearsals: readonly Rehearsal[]): Rehearsal[] {
  const at = (r: Rehearsal) => Date.parse(r.finishedAt);
  return [...rehearsals].sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
