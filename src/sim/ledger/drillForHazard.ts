// A drill built from a ledger item: the township's template scenario for the item's domain and factor, with its
// incident of that factor moved to the hazard's place (so the drill starts where the hazard lies) and titled after it.
// A crash goes onto the hazard's road, or the road by the hazard's place (crashSiteForHazard.ts); a moved incident's
// villages at risk and a crowd's approach roads are those near its new place. The placement is a value (PlacedAt)
// the drill record keeps, so replay, scoring and a resumed drill rebuild it.
import type { Loaded } from '../scenario/contentError.ts';
import { problemsFromZod } from '../scenario/contentError.ts';
import type { IncidentPlace } from '../scenario/incidentBase.ts';
import type { Scenario } from '../scenario/scenarioSchema.ts';
import { ScenarioSchema } from '../scenario/scenarioSchema.ts';
import type { TownshipMap } from '../world/townshipMap.ts';
import { mapObjects } from '../world/townshipMap.ts';
import { roadsWithin, villagesWithin } from '../curveballs/nearbyPlaces.ts';
import { placementM } from '../curveballs/placementRules.ts';
import type { NoCrashSite } from './crashSiteForHazard.ts';
import { crashSiteForHazard, isCrashSite } from './crashSiteForHazard.ts';
import type { HazardItem } from './hazardItem.ts';

/** Where a drill built from a ledger item put its incident, and the title it carries. */
export interface PlacedAt {
  hazard: string;
  incident: string;
  /** The hazard's place (a facility, village, named point or road): where the drill counts on the coverage board. */
  place: string;
  titleZh: string;
  titleEn: string;
  /** Where the incident stands when that is not `place` itself (a crash on a point of the hazard's road). */
  at?: IncidentPlace;
  /** A moved crash: the road it blocks, and the county entry and clinic nearest its site. */
  road?: string;
  countyEntry?: string;
  clinic?: string;
  /** A moved incident: the place its reports are judged against, by name. */
  placeZh?: string;
  placeEn?: string;
  /** A moved incident that puts villages at risk: those near its new place; a moved crowd: the roads that reach it. */
  villagesAtRisk?: string[];
  approachRoads?: string[];
  /** A moved incident whose place was a team (a village, a site) now at another team's: that team takes the first's
   *  part in it (who discovers it, who is expected to lead or support, whose word a heat group heeds). */
  team?: { from: string; to: string };
}

/** Why a ledger item cannot be drilled with a template (src/ledger/hazardDrillRefusal.ts words it). */
export type HazardUnplaceable = { refused: 'noIncidentOfFactor' } | { refused: 'notAPlace' } | NoCrashSite;

type TemplateIncident = Scenario['incidents'][number];

const sameAt = (a: IncidentPlace, b: IncidentPlace): boolean =>
  ('place' in a && 'place' in b && a.place === b.place) || ('xM' in a && 'xM' in b && a.xM === b.xM && a.yM === b.yM);

/** What moves with a crash: its site on the hazard's road, unless the template's crash is there already (then it stays). */
function crashPlacement(map: TownshipMap, incident: Extract<TemplateIncident, { factor: 'collision' }>, place: string): Partial<PlacedAt> | HazardUnplaceable {
  const site = crashSiteForHazard(map, place, incident.at);
  if (!isCrashSite(site)) return site;
  if (sameAt(site.at, incident.at) && site.road === incident.road) return 'place' in incident.at && incident.at.place === place ? {} : { at: incident.at };
  const { at, road, placeZh, placeEn } = site;
  return { at, road, placeZh, placeEn, ...(site.countyEntry ? { countyEntry: site.countyEntry } : {}), ...(site.clinic ? { clinic: site.clinic } : {}) };
}

/** What moves with an incident of another factor: its place (a facility, village or named point), its name, the
 *  villages at risk and a crowd's approach roads near the new place, as a curveball placed there would find them,
 *  and the part of the old place's team, taken by the new place's when both are teams. */
function placePlacement(map: TownshipMap, teams: ReadonlySet<string>, incident: TemplateIncident, place: string): Partial<PlacedAt> | HazardUnplaceable {
  if ('place' in incident.at && incident.at.place === place) return {};
  const placeable = [...map.facilities, ...map.villages, ...map.places].find((o) => o.id === place);
  if (!placeable) return { refused: 'notAPlace' };
  const from = 'place' in incident.at ? incident.at.place : null;
  return {
    placeZh: placeable.nameZh, placeEn: placeable.nameEn,
    ...(from !== null && teams.has(from) && teams.has(place) ? { team: { from, to: place } } : {}),
    ...(incident.villagesAtRisk.length > 0 ? { villagesAtRisk: villagesWithin(map, placeable.at, placementM.villagesAtRisk) } : {}),
    ...(incident.factor === 'crowd' && incident.approachRoads.length > 0 ? { approachRoads: roadsWithin(map, placeable.at, placementM.approachRoads).slice(0, 10) } : {}),
  };
}

/** What kind of thing a place is (a village, a facility, a named point, a road …), to match an incident to it. */
function kindOf(map: TownshipMap, place: string): string | null {
  return mapObjects(map).get(place)?.kind ?? (map.roads.some((r) => r.id === place) ? 'road' : null);
}

/** The template's incident of the item's factor to move: one already at the place, else one standing at the same
 *  kind of place (a heat wave's elderly in a village for a village's hazard), else the first. */
function incidentFor(template: Scenario, item: HazardItem, map: TownshipMap): TemplateIncident | undefined {
  const candidates = template.incidents.filter((i) => i.factor === item.factor);
  const placeOf = (i: TemplateIncident) => ('place' in i.at ? i.at.place : null);
  const kind = kindOf(map, item.place);
  return candidates.find((i) => placeOf(i) === item.place)
    ?? candidates.find((i) => { const p = placeOf(i); return p !== null && kind !== null && kindOf(map, p) === kind; })
    ?? candidates[0];
}

/** Where the template's incident of the item's factor goes, or why it cannot; `teams` are the drill's (teamIds). */
export function placeHazard(template: Scenario, item: HazardItem, map: TownshipMap, teams: ReadonlySet<string> = new Set()): PlacedAt | HazardUnplaceable {
  const incident = incidentFor(template, item, map);
  if (!incident) return { refused: 'noIncidentOfFactor' };
  const moved = incident.factor === 'collision' ? crashPlacement(map, incident, item.place) : placePlacement(map, teams, incident, item.place);
  if ('refused' in moved) return moved;
  return {
    hazard: item.id, incident: incident.id, place: item.place,
    titleZh: `${template.titleZh}（隐患 ${item.id}：${item.descriptionZh}）`,
    titleEn: `${template.titleEn} (hazard ${item.id}${item.descriptionEn ? `: ${item.descriptionEn}` : ''})`,
    ...moved,
  };
}

/** The incident a placement moved to a place of another name (whose texts then say it), or null. */
export function movedIncident(placed: Pick<PlacedAt, 'incident' | 'placeZh'> | undefined): string | null {
  return placed?.placeZh !== undefined ? placed.incident : null;
}

export function isPlaced(result: PlacedAt | HazardUnplaceable): result is PlacedAt {
  return !('refused' in result);
}

/** The refusal as a content problem, in English for logs and tests (people read hazardDrillRefusal's words). */
function refusalProblem(why: HazardUnplaceable, item: HazardItem): string {
  switch (why.refused) {
    case 'noIncidentOfFactor': return `the template has no ${item.factor} incident to place at hazard ${item.id}`;
    case 'notAPlace': return `an incident cannot be placed at "${item.place}" (not a facility, village or named point)`;
    case 'notARoadOrPlace': return `a crash cannot be placed at "${item.place}" (not a road, facility, village or named point)`;
    case 'noRoadNear': return `a crash cannot be placed at "${item.place}": no road within ${why.withinM} m of it`;
    default: return why satisfies never;
  }
}

/** placeHazard as a loaded value: a refusal is a problem naming the hazard. */
export function hazardPlacement(file: string, template: Scenario, item: HazardItem, map: TownshipMap, teams: ReadonlySet<string> = new Set()): Loaded<PlacedAt> {
  const placed = placeHazard(template, item, map, teams);
  if (isPlaced(placed)) return { ok: true, value: placed };
  return { ok: false, problems: [{ file, path: placed.refused === 'noIncidentOfFactor' ? 'incidents' : `hazard ${item.id}`, problem: refusalProblem(placed, item) }] };
}

/** The new place's team takes the old place's part in the incident: discovering it, leading or supporting, being heeded. */
function handOver(incident: TemplateIncident, team: { from: string; to: string }): void {
  const swap = (id: string) => (id === team.from ? team.to : id);
  const swapAll = (ids: readonly string[]) => [...new Set(ids.map(swap))];
  incident.discovery = { ...incident.discovery, by: swap(incident.discovery.by) };
  incident.expected = { lead: swapAll(incident.expected.lead), support: swapAll(incident.expected.support) };
  if (incident.factor === 'heat' && 'authorities' in incident.group) incident.group = { ...incident.group, authorities: swapAll(incident.group.authorities) };
}

/** The scenario with the placed incident where the placement says and the drill's title, re-checked by the scenario schema. */
export function placeAtHazard(file: string, scenario: Scenario, placed: PlacedAt): Loaded<Scenario> {
  const copy = structuredClone(scenario);
  const incident = copy.incidents.find((i) => i.id === placed.incident);
  if (!incident) return { ok: false, problems: [{ file, path: `hazard ${placed.hazard}`, problem: `the drill has no incident "${placed.incident}"` }] };
  incident.at = placed.at ? { ...placed.at } : { place: placed.place };
  if (placed.placeZh !== undefined && placed.placeEn !== undefined) incident.groundTruth = { ...incident.groundTruth, placeZh: placed.placeZh, placeEn: placed.placeEn };
  if (placed.villagesAtRisk !== undefined) incident.villagesAtRisk = [...placed.villagesAtRisk];
  if (placed.approachRoads !== undefined && incident.factor === 'crowd') incident.approachRoads = [...placed.approachRoads];
  if (placed.team) handOver(incident, placed.team);
  if (incident.factor === 'collision') {
    if (placed.road !== undefined) incident.road = placed.road;
    if (placed.countyEntry !== undefined) incident.countyHospital = { ...incident.countyHospital, entry: placed.countyEntry };
    if (placed.clinic !== undefined) incident.clinic = { ...incident.clinic, station: placed.clinic };
  }
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

