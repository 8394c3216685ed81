// A loaded drill with hazards applied to its scenario: the drill a `--ledger` run, a replay of its record and its
// scoring all use, so the three see the same drill.
import type { Loaded } from '../scenario/contentError.ts';
import type { Drill } from '../scenario/loadDrill.ts';
import type { HazardEffect } from './hazardEffects.ts';
import type { HazardItem } from './hazardItem.ts';
import type { AppliedHazard } from './applyHazards.ts';
import { applyHazards, applyRecordedHazards } from './applyHazards.ts';

/** The drill with the ledger's open hazards where they lie; `hazards` lists what was applied (empty: the same drill). */
export function drillWithLedger(drill: Drill, items: readonly HazardItem[], effects: readonly HazardEffect[]): Loaded<Drill> {
  const patched = applyHazards(drill.files.scenario, drill.scenario, items, effects);
  if (!patched.ok) return patched;
  return { ok: true, value: { ...drill, scenario: patched.value.scenario, hazards: patched.value.applied } };
}

/** The drill a record was made on: its recorded hazards applied again (none recorded: the drill as loaded). */
export function drillOfRecord(drill: Drill, hazards: readonly AppliedHazard[] | undefined): Loaded<Drill> {
  if (!hazards || hazards.length === 0) return { ok: true, value: drill };
  const patched = applyRecordedHazards(drill.files.scenario, drill.scenario, hazards);
  return patched.ok ? { ok: true, value: { ...drill, scenario: patched.value, hazards: [...hazards] } } : patched;
}
