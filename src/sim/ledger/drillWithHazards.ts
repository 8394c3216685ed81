// A loaded drill with hazards applied to its scenario: the drill a `--ledger` run, a drill built from a ledger item,
// a replay of its record and its scoring all use, so they all see the same drill.
import type { Loaded } from '../scenario/contentError.ts';
import type { Drill } from '../scenario/loadDrill.ts';
import type { HazardEffect } from './hazardEffects.ts';
import type { HazardItem } from './hazardItem.ts';
import type { AppliedHazard } from './applyHazards.ts';
import { applyHazards, applyRecordedHazards } from './applyHazards.ts';
import type { PlacedAt } from './drillForHazard.ts';
import { hazardPlacement, movedIncident, placeAtHazard } from './drillForHazard.ts';
import { checkScenario, teamIds } from '../scenario/crossReferences.ts';
import { withPlacesNamed } from '../scenario/placeNames.ts';

/** The drill with its incident placed, its map references checked again (a record's placement is never trusted), and
 *  its title and injects naming the moved incident's new place where they name its place (placeNames.ts). */
function placedDrill(drill: Drill, placedAt: PlacedAt): Loaded<Drill> {
  const file = drill.files.scenario;
  const placed = placeAtHazard(file, drill.scenario, placedAt);
  if (!placed.ok) return placed;
  const problems = checkScenario(file, placed.value, drill.map, drill.roster);
  if (problems.length > 0) return { ok: false, problems };
  const moved = movedIncident(placedAt);
  return { ok: true, value: { ...drill, scenario: withPlacesNamed(placed.value, drill.asWritten ?? drill.scenario, new Set(moved ? [moved] : [])), placedAt } };
}

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
  const placed = hazardPlacement(template.files.scenario, template.scenario, item, template.map, teamIds(template.map, template.roster));
  if (!placed.ok) return placed;
  const drill = placedDrill(template, placed.value);
  return drill.ok ? drillWithLedger(drill.value, items, effects) : drill;
}

/** What a record keeps of the drill's changes: the hazards applied and the placement of a drill built from a ledger item. */
export interface RecordedChanges { hazards?: readonly AppliedHazard[] | undefined; placedAt?: PlacedAt | undefined }

/** The drill a record was made on: its placement and recorded hazards applied again (none recorded: the drill as loaded). */
export function drillOfRecord(drill: Drill, recorded: RecordedChanges): Loaded<Drill> {
  const hazards = recorded.hazards ?? [];
  const placed = recorded.placedAt ? placedDrill(drill, recorded.placedAt) : { ok: true as const, value: drill };
  if (!placed.ok || hazards.length === 0) return placed;
  const patched = applyRecordedHazards(drill.files.scenario, placed.value.scenario, hazards);
  return patched.ok ? { ok: true, value: { ...placed.value, scenario: patched.value, hazards: [...hazards] } } : patched;
}
