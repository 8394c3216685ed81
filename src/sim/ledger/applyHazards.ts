// Ledger → drill: the pure transform that puts a ledger's open hazards into a scenario before it runs. Each open
// hazard with an effect changes the spec of every incident of the effect's factor at the hazard's place; what was
// changed is returned as AppliedHazard values, which the drill record keeps so replay and scoring rebuild the same drill.
import type { ContentProblem, Loaded } from '../scenario/contentError.ts';
import { problemsFromZod } from '../scenario/contentError.ts';
import type { Scenario } from '../scenario/scenarioSchema.ts';
import { ScenarioSchema } from '../scenario/scenarioSchema.ts';
import type { FieldChange, HazardEffect } from './hazardEffects.ts';
import type { HazardItem } from './hazardItem.ts';
import { isOpen } from './hazardItem.ts';

/** One hazard applied to one incident: enough to apply it again without the ledger or the effects file. */
export interface AppliedHazard {
  hazard: string;
  effect: string;
  incident: string;
  changes: FieldChange[];
}

type Json = unknown;

/** Applies one change at `segments` below `node`; returns a problem text when the path does not fit the spec. */
function change(node: Json, segments: readonly string[], edit: FieldChange): string | null {
  const [head, ...rest] = segments;
  if (head === undefined || typeof node !== 'object' || node === null) return `no field ${edit.field}`;
  if (head === '*') {
    if (!Array.isArray(node)) return `${edit.field}: "*" needs a list`;
    for (const element of node) { const problem = change(element, rest, edit); if (problem) return problem; }
    return null;
  }
  const record = node as Record<string, Json>;
  if (rest.length > 0) return change(record[head], rest, edit);
  if ('multiply' in edit) {
    const value = record[head];
    if (typeof value !== 'number') return `${edit.field} is not a number in this incident`;
    record[head] = value * edit.multiply;
  } else record[head] = structuredClone(edit.set);
  return null;
}

/** Where an incident lies: its place, and the road it blocks (a crash). */
function liesAt(incident: Scenario['incidents'][number], place: string): boolean {
  return ('place' in incident.at && incident.at.place === place) || ('road' in incident && incident.road === place);
}

/** Re-applies hazards recorded in a drill record (or just worked out) to a scenario; checked again by its schema. */
export function applyRecordedHazards(file: string, scenario: Scenario, applied: readonly AppliedHazard[]): Loaded<Scenario> {
  if (applied.length === 0) return { ok: true, value: scenario };
  const copy = structuredClone(scenario);
  const problems: ContentProblem[] = [];
  for (const a of applied) {
    const index = copy.incidents.findIndex((i) => i.id === a.incident);
    if (index < 0) { problems.push({ file, path: `hazard ${a.hazard}`, problem: `the drill has no incident "${a.incident}"` }); continue; }
    for (const edit of a.changes) {
      const problem = change(copy.incidents[index], edit.field.split('.'), edit);
      if (problem) problems.push({ file, path: `hazard ${a.hazard}`, problem: `effect ${a.effect}: ${problem}` });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const checked = ScenarioSchema.safeParse(copy);
  return checked.success ? { ok: true, value: checked.data } : { ok: false, problems: problemsFromZod(file, checked.error) };
}

/** The hazards of `items` that are open, have an effect and lie where an incident of the effect's factor is, in ledger order. */
export function hazardsFor(scenario: Scenario, items: readonly HazardItem[], effects: readonly HazardEffect[]): AppliedHazard[] {
  const applied: AppliedHazard[] = [];
  for (const item of items) {
    if (!isOpen(item.status) || item.effect === null) continue;
    const effect = effects.find((e) => e.id === item.effect);
    if (!effect) continue;
    for (const incident of scenario.incidents) {
      if (incident.factor === effect.factor && liesAt(incident, item.place)) applied.push({ hazard: item.id, effect: effect.id, incident: incident.id, changes: effect.changes });
    }
  }
  return applied;
}

/** Unknown effects named by the ledger's items: a problem each, so a typo never silently drops a hazard's effect. */
export function unknownEffects(file: string, items: readonly HazardItem[], effects: readonly HazardEffect[]): ContentProblem[] {
  return items.flatMap((item, index) => (item.effect !== null && !effects.some((e) => e.id === item.effect)
    ? [{ file, path: `items.${index}.effect`, problem: `no hazard effect "${item.effect}" in the effects file` }] : []));
}

/** The scenario with the ledger's open hazards applied, and what was applied. */
export function applyHazards(file: string, scenario: Scenario, items: readonly HazardItem[], effects: readonly HazardEffect[]): Loaded<{ scenario: Scenario; applied: AppliedHazard[] }> {
  const applied = hazardsFor(scenario, items, effects);
  const patched = applyRecordedHazards(file, scenario, applied);
  return patched.ok ? { ok: true, value: { scenario: patched.value, applied } } : patched;
}
