// 销号's verification drill, one rule for the command line and the app: a drill, scored from the replay of its orders
// (what a record says of its own score counts for nothing), verifies a hazard when one of its scenario's incidents is
// of the hazard's factor, it was run on or after the day the hazard was found, and it passed (closeHazard).
import type { CloseRefusal, Conclusion, Drill, Factor, HazardItem, VerificationDrill } from '../sim/index.ts';
import { closeHazard, HazardItem as HazardItemSchema } from '../sim/index.ts';

/** The verification drill closeHazard judges: `scenario` as the drill was played, the day it finished, its replay's conclusion. */
export function verificationDrill(scenario: Drill['scenario'], finishedOn: string, conclusion: Conclusion): VerificationDrill {
  return { scenarioId: scenario.id, finishedOn, conclusion, factors: [...new Set(scenario.incidents.map((i) => i.factor))] };
}

/** Whether a drill of `factors` run on `finishedOn` (YYYY-MM-DD) could verify `item` at all, whatever its result. */
export function mayVerify(item: HazardItem, drill: { factors: readonly Factor[]; finishedOn: string }): boolean {
  return drill.factors.includes(item.factor) && drill.finishedOn >= item.foundOn;
}

/** Why an item stays open: closeHazard's reasons, no item of that number, or evidence the ledger cannot keep (too long, too many notes). */
export type StaysOpen = CloseRefusal | 'no-such-item' | 'evidence-not-kept';

/** The ledger with item `number` closed by `evidence` and `verification`, or why it stays open; `items` is not changed. */
export function closeInLedger(items: readonly HazardItem[], number: string, evidence: readonly string[], verification: VerificationDrill | null): { ok: true; items: HazardItem[]; item: HazardItem } | { ok: false; reason: StaysOpen } {
  const index = items.findIndex((i) => i.id === number);
  if (index < 0) return { ok: false, reason: 'no-such-item' };
  const closed = closeHazard(items[index]!, evidence, verification);
  if (!closed.ok) return closed;
  // The ledger is read back through its schema (a browser's kept ledger, an exported sheet): never keep what it refuses.
  if (!HazardItemSchema.safeParse(closed.item).success) return { ok: false, reason: 'evidence-not-kept' };
  return { ok: true, items: items.map((i, k) => (k === index ? closed.item : i)), item: closed.item };
}
