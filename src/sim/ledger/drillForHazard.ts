// A drill built from a ledger item: the township's template scenario for the item's domain and factor, with its
// incident of that factor moved to the hazard's place (so the drill starts where the hazard lies) and titled after it.
import type { Loaded } from '../scenario/contentError.ts';
import { problemsFromZod } from '../scenario/contentError.ts';
import type { Scenario } from '../scenario/scenarioSchema.ts';
import { ScenarioSchema } from '../scenario/scenarioSchema.ts';
import type { TownshipMap } from '../world/townshipMap.ts';
import type { HazardItem } from './hazardItem.ts';

/** Places an incident can be put at by name: facilities, villages and named points. */
function placeable(map: TownshipMap, id: string): boolean {
  return [...map.facilities, ...map.villages, ...map.places].some((o) => o.id === id);
}

/**
 * The template scenario with its first incident of the item's factor at the item's place, re-checked by the
 * scenario schema. A problem (no incident of the factor, a place an incident cannot stand at) is a value.
 */
export function drillForHazard(file: string, template: Scenario, item: HazardItem, map: TownshipMap): Loaded<Scenario> {
  const index = template.incidents.findIndex((i) => i.factor === item.factor);
  if (index < 0) return { ok: false, problems: [{ file, path: 'incidents', problem: `the template has no ${item.factor} incident to place at hazard ${item.id}` }] };
  if (!placeable(map, item.place)) return { ok: false, problems: [{ file, path: `hazard ${item.id}`, problem: `an incident cannot be placed at "${item.place}" (not a facility, village or named point)` }] };
  const copy = structuredClone(template);
  copy.incidents[index]!.at = { place: item.place };
  copy.titleZh = `${template.titleZh}（隐患 ${item.id}：${item.descriptionZh}）`;
  copy.titleEn = `${template.titleEn} (hazard ${item.id}${item.descriptionEn ? `: ${item.descriptionEn}` : ''})`;
  const checked = ScenarioSchema.safeParse(copy);
  return checked.success ? { ok: true, value: checked.data } : { ok: false, problems: problemsFromZod(file, checked.error) };
}
