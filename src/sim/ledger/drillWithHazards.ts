// A loaded drill with hazards applied to its scenario: the drill a `--ledger` run, a drill built from a ledger item,
// a replay of its record and its scoring all use, so they all see the same drill.
import type { Loaded } from '../scenario/contentError.ts';
import type { Drill } from '../scenario/loadDrill.ts';
import type { HazardEffect } from './hazardEffects.ts';
import type { HazardItem } from './hazardItem.ts';
import type { AppliedHazard } from './applyHazards.ts';
import { applyHazards, applyRecordedHazards } from './applyHazards.ts';
import type { PlacedAt } from './drillForHazard.ts';
import { hazardPlacement, placeAtHazard } from './drillForHazard.ts';

/** The drill with the ledger's open hazards where they lie; `hazards` lists what was applied (empty: the same drill). */
export function drillWithLedger(drill: Drill, items: readonly HazardItem[], effects: readonly HazardEffect[]): Loaded<Drill> {
  const patched = applyHazards(drill.files.scenario, drill.scenario, items, effects);
  if (!patched.ok) return patched;
  return { ok: true, value: { ...drill, scenario: patched.value.scenario, hazards: patched.value.applied } };
}

/**
 * "Drill this hazard": the template drill with its incident of the item's factor at the item's place, then the
 * ledger's open hazards applied where they lie (the item's own effect among them while it is open).
 */
export function drillFromLedgerItem(template: Drill, item: HazardItem, items: readonly HazardItem[], effects: readonly HazardEffect[]): Loaded<Drill> {
  const file = template.files.scenario;
  const placed = hazardPlacement(file, template.scenario, item, template.map);
  if (!placed.ok) return placed;
  const scenario = placeAtHazard(file, template.scenario, placed.value);
  if (!scenario.ok) return scenario;
  return drillWithLedger({ ...template, scenario: scenario.value, placedAt: placed.value }, items, effects);
}

/** What a record keeps of the drill's changes: the hazards applied and the placement of a drill built from a ledger item. */
export interface RecordedChanges { hazards?: readonly AppliedHazard[] | undefined; placedAt?: PlacedAt | undefined }

/** The drill a record was made on: its placement and recorded hazards applied again (none recorded: the drill as loaded). */
export function drillOfRecord(drill: Drill, recorded: RecordedChanges): Loaded<Drill> {
  const hazards = recorded.hazards ?? [];
  let placedDrill = drill;
  if (recorded.placedAt) {
    const placed = placeAtHazard(drill.files.scenario, drill.scenario, recorded.placedAt);
    if (!placed.ok) return placed;
    placedDrill = { ...drill, scenario: placed.value, placedAt: recorded.placedAt };
  }
  if (hazards.length === 0) return { ok: true, value: placedDrill };
  const patched = applyRecordedHazards(drill.files.scenario, placedDrill.scenario, hazards);
  return patched.ok ? { ok: true, value: { ...placedDrill, scenario: patched.value, hazards: [...hazards] } } : patched;
}
