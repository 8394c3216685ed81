// The static township a drill runs on: map, roster and road graph with look-ups, built once per drill and never
// changed after (the curveballs a facilitator adds live in the state: SimState.curveballs, state/incidentSpecOf.ts).
import type { Drill } from '../scenario/loadDrill.ts';
import type { UnitDefinition, Vehicle } from '../scenario/rosterSchema.ts';
import { teamIds } from '../scenario/crossReferences.ts';
import type { MapObjectKind, PointM } from './townshipMap.ts';
import { mapObjects } from './townshipMap.ts';
import type { RoadGraph } from './roadGraph.ts';
import { buildRoadGraph } from './roadGraph.ts';
import type { Incident } from '../scenario/incidentSchema.ts';
import { ownEntry } from '../scenario/ownEntry.ts';

export interface NamedObject { kind: MapObjectKind; nameZh: string; nameEn: string; at: PointM }

export interface World {
  drill: Drill;
  roads: RoadGraph;
  objects: Map<string, NamedObject>;
  units: Map<string, UnitDefinition>;
  /** Teams that may give orders (besides the facilitator). */
  teams: Set<string>;
  /** How far a crew will go across country to reach the road or the target. */
  maxCrossCountryM: number;
}

export function buildWorld(drill: Drill): World {
  return {
    drill,
    roads: buildRoadGraph(drill.map),
    objects: mapObjects(drill.map),
    units: new Map(drill.roster.units.map((u) => [u.id, u])),
    teams: teamIds(drill.map, drill.roster),
    maxCrossCountryM: drill.map.cellSizeM * 15,
  };
}

export function vehicleOf(world: World, unit: UnitDefinition): Vehicle {
  const vehicle = ownEntry(world.drill.roster.vehicles, unit.vehicle);
  if (!vehicle) throw new Error(`unit ${unit.id} has unknown vehicle ${unit.vehicle}: the roster check should have caught this`);
  return vehicle;
}

/** A scenario incident's spec by id (a curveball's is in the state: state/incidentSpecOf.ts). */
export function scenarioIncidentById(world: World, id: string): Incident | undefined {
  return world.drill.scenario.incidents.find((i) => i.id === id);
}

/** The content's own names (zh, en) of a map object, unit, scenario incident or road by id; null for anything else
 *  (teams without a place on the map, such as the command post, are named by src/i18n, which words every name a person
 *  reads; so are curveballs, from the state or a team's view). */
export function contentNames(world: World, id: string): { zh: string; en: string } | null {
  const object = world.objects.get(id);
  if (object) return { zh: object.nameZh, en: object.nameEn };
  const unit = world.units.get(id);
  if (unit) return { zh: unit.nameZh, en: unit.nameEn };
  const incident = scenarioIncidentById(world, id);
  if (incident) return { zh: incident.titleZh, en: incident.titleEn };
  const road = world.drill.map.roads.find((r) => r.id === id);
  if (road) return { zh: road.nameZh, en: road.nameEn };
  return null;
}
