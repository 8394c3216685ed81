// A drill built from a ledger item: the township's template scenario for the item's domain and factor, with its
// incident of that factor moved to the hazard's place (so the drill starts where the hazard lies) and titled after it.
// The placement is a value (PlacedAt) the drill record keeps, so replay, scoring and a resumed drill rebuild it.
import type { Loaded } from '../scenario/contentError.ts';
import { problemsFromZod } from '../scenario/contentError.ts';
import type { Scenario } from '../scenario/scenarioSchema.ts';
import { ScenarioSchema } from '../scenario/scenarioSchema.ts';
import type { TownshipMap } from '../world/townshipMap.ts';
import type { HazardItem } from './hazardItem.ts';

/** Where a drill built from a ledger item put its incident, and the title it carries. */
export interface PlacedAt { hazard: string; incident: string; place: string; titleZh: string; titleEn: string }

/** Places an incident can be put at by name: facilities, villages and named points. */
function placeable(map: TownshipMap, id: string): boolean {
  return [...map.facilities, ...map.villages, ...map.places].some((o) => o.id === id);
}

/** Where the template's first incident of the item's factor goes, or why it cannot (no such incident, a place an incident cannot stand at). */
export function hazardPlacement(file: string, template: Scenario, item: HazardItem, map: TownshipMap): Loaded<PlacedAt> {
  const incident = template.incidents.find((i) => i.factor === item.factor);
  if (!incident) return { ok: false, problems: [{ file, path: 'incidents', problem: `the template has no ${item.factor} incident to place at hazard ${item.id}` }] };
  if (!placeable(map, item.place)) return { ok: false, problems: [{ file, path: `hazard ${item.id}`, problem: `an incident cannot be placed at "${item.place}" (not a facility, village or named point)` }] };
  return {
    ok: true,
    value: {
      hazard: item.id, incident: incident.id, place: item.place,
      titleZh: `${template.titleZh}（隐患 ${item.id}：${item.descriptionZh}）`,
      titleEn: `${template.titleEn} (hazard ${item.id}${item.descriptionEn ? `: ${item.descriptionEn}` : ''})`,
    },
  };
}

/** The scenario with the placed incident at its place and the drill's title, re-checked by the scenario schema. */
export function placeAtHazard(file: string, scenario: Scenario, placed: PlacedAt): Loaded<Scenario> {
  const copy = structuredClone(scenario);
  const incident = copy.incidents.find((i) => i.id === placed.incident);
  if (!incident) return { ok: false, problems: [{ file, path: `hazard ${placed.hazard}`, problem: `the drill has no incident "${placed.incident}"` }] };
  incident.at = { place: placed.place };
  copy.titleZh = placed.titleZh;
  copy.titleEn = placed.titleEn;
  const checked = ScenarioSchema.safeParse(copy);
  return checked.success ? { ok: true, value: checked.data } : { ok: false, problems: problemsFromZod(file, checked.error) };
}

/** The template scenario with its first incident of the item's factor at the item's place. A problem is a value. */
export function drillForHazard(file: string, template: Scenario, item: HazardItem, map: TownshipMap): Loaded<Scenario> {
  const placed = hazardPlacement(file, template, item, map);
  return placed.ok ? placeAtHazard(file, template, placed.value) : placed;
}
