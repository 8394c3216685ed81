// 销号's verification drill, one rule for the command line and the app: a drill, scored from the replay of its orders
// (what a record says of its own score counts for nothing), verifies a hazard when one of its scenario's incidents is
// of the hazard's factor, it was run on or after the day the hazard was found, and it passed (closeHazard).
import type { AppliedHazard, CloseRefusal, Conclusion, Drill, Factor, HazardEffect, HazardItem, PlacedAt, VerificationDrill } from '../sim/index.ts';
import { closeHazard, HazardItem as HazardItemSchema } from '../sim/index.ts';

/** The verification drill closeHazard judges: `scenario` as the drill was played, the day it finished, its replay's conclusion. */
export function verificationDrill(scenario: Drill['scenario'], finishedOn: string, conclusion: Conclusion): VerificationDrill {
  return { scenarioId: scenario.id, finishedOn, conclusion, factors: [...new Set(scenario.incidents.map((i) => i.factor))] };
}

/** Whether a drill of `factors` run on `finishedOn` (YYYY-MM-DD) could verify `item` at all, whatever its result. */
export function mayVerify(item: HazardItem, drill: { factors: readonly Factor[]; finishedOn: string }): boolean {
  return drill.factors.includes(item.factor) && drill.finishedOn >= item.foundOn;
}

/**
 * Why an item stays open: closeHazard's reasons, no item of that number, evidence the ledger cannot keep (too long,
 * too many notes), or a verification drill whose record changed its scenario in a way the township never declared.
 */
export type StaysOpen = CloseRefusal | 'no-such-item' | 'evidence-not-kept' | 'drill-changed-undeclared';

/**
 * Whether a record's changes to its scenario are the township's own: each hazard it ran with changes exactly what its
 * effect declares, and a drill built from a ledger item stands at that item's place. A record is a claim; a verification
 * drill made easier by a hand-written "hazard" (a leak multiplied by zero) or moved elsewhere verifies nothing.
 */
export function declaredChanges(recorded: { hazards?: readonly AppliedHazard[] | undefined; placedAt?: PlacedAt | undefined }, items: readonly HazardItem[], effects: readonly HazardEffect[]): boolean {
  const hazardsDeclared = (recorded.hazards ?? []).every((a) => {
    const effect = effects.find((e) => e.id === a.effect);
    return effect !== undefined && JSON.stringify(effect.changes) === JSON.stringify(a.changes);
  });
  const placed = recorded.placedAt;
  return hazardsDeclared && (placed === undefined || items.some((i) => i.id === placed.hazard && i.place === placed.place));
}

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
