// Where a curveball of each factor goes when the facilitator clicks the map: the map object or line of the right kind
// nearest the click, within a stated distance, and the map references the factor's spec needs, found from there.
// A click with nothing suitable near it is a refusal naming what was looked for and how far.
import type { IncidentPlace } from '../scenario/incidentBase.ts';
import type { PointM, TownshipMap } from '../world/townshipMap.ts';
import type { TemplateIncident } from './curveballSchema.ts';
import type { NearLine, NearObject } from './nearbyPlaces.ts';
import { nearestEmbankment, nearestFacility, nearestRoad, nearestSite, nearestVillage, roadsWithin, villagesWithin } from './nearbyPlaces.ts';

type Template = TemplateIncident;

/** Distances a placement rule searches within, in metres. */
export const placementM = { facility: 300, village: 800, road: 150, embankment: 300, pumpingStation: 3000, villagesAtRisk: 1500, approachRoads: 300 } as const;

export interface Placement {
  at: IncidentPlace;
  /** The template's fields with the map references it left out filled in. */
  incident: Template;
  /** What the click landed on, for the place the players must report. */
  near: { nameZh: string; nameEn: string } | null;
}

/** What a curveball's placement looked for near the click (src/i18n words it). */
export type PlaceWanted = 'facility' | 'village' | 'road' | 'embankment' | 'site' | 'fuel';

export interface Unplaceable { wanted: PlaceWanted; withinM: number }

const wanted: { [W in PlaceWanted]: W } = { facility: 'facility', village: 'village', road: 'road', embankment: 'embankment', site: 'site', fuel: 'fuel' };

const atObject = (o: NearObject): IncidentPlace => ({ place: o.id });
const atPoint = (o: NearLine | PointM): IncidentPlace => ('at' in o ? { xM: o.at.xM, yM: o.at.yM } : { xM: o.xM, yM: o.yM });
const unlessSet = <T>(list: readonly T[], fill: () => T[]): T[] => (list.length > 0 ? [...list] : fill());

function onObject(found: NearObject | null, what: PlaceWanted, withinM: number, incident: Template): Placement | Unplaceable {
  return found ? { at: atObject(found), incident, near: found } : { wanted: wanted[what], withinM };
}

function atRisk<T extends Template>(map: TownshipMap, incident: T, p: PointM): T {
  return { ...incident, villagesAtRisk: unlessSet(incident.villagesAtRisk, () => villagesWithin(map, p, placementM.villagesAtRisk)) };
}

const burnable = new Set(['grass', 'forest', 'farmland']);

/** The placement of one template at a clicked point; `teams` are the ids that may command (for a heat group's authorities). */
export function placeTemplate(map: TownshipMap, teams: ReadonlySet<string>, incident: Template, p: PointM): Placement | Unplaceable {
  switch (incident.factor) {
    case 'fire': {
      if (incident.kind === 'building') return onObject(nearestFacility(map, p, placementM.facility), 'facility', placementM.facility, incident);
      const cell = Math.floor(p.yM / map.cellSizeM) * map.widthCells + Math.floor(p.xM / map.cellSizeM);
      if (!burnable.has(map.terrain[cell] ?? 'water')) return { wanted: wanted.fuel, withinM: 0 };
      return { at: atPoint(p), incident: atRisk(map, incident, p), near: null };
    }
    case 'explosion':
    case 'collapse':
      return onObject(nearestFacility(map, p, placementM.facility), 'facility', placementM.facility, incident);
    case 'collision': {
      const road = nearestRoad(map, p, placementM.road);
      if (!road) return { wanted: wanted.road, withinM: placementM.road };
      return { at: atPoint(road), incident: { ...incident, road: incident.road ?? road.id }, near: road };
    }
    case 'flood': {
      const dike = nearestEmbankment(map, p, placementM.embankment);
      if (!dike) return { wanted: wanted.embankment, withinM: placementM.embankment };
      const pump = nearestFacility(map, dike.at, placementM.pumpingStation, ['pumpingStation']);
      const pumping = incident.pumping.at || !pump ? incident.pumping : { ...incident.pumping, at: atObject(pump) };
      return { at: atPoint(dike), incident: { ...atRisk(map, incident, dike.at), pumping }, near: dike };
    }
    case 'crowd': {
      const site = nearestSite(map, p, placementM.facility);
      if (!site) return { wanted: wanted.site, withinM: placementM.facility };
      const approachRoads = unlessSet(incident.approachRoads, () => roadsWithin(map, site.at, placementM.approachRoads).slice(0, 10));
      return { at: atObject(site), incident: { ...incident, approachRoads }, near: site };
    }
    case 'poisoning': {
      if (incident.kind !== 'toxicRelease') return onObject(nearestVillage(map, p, placementM.village), 'village', placementM.village, incident);
      const plant = nearestFacility(map, p, placementM.facility);
      return plant ? { at: atObject(plant), incident: atRisk(map, incident, plant.at), near: plant } : { wanted: wanted.facility, withinM: placementM.facility };
    }
    case 'heat': {
      const group = incident.group;
      if (group.kind === 'elderlyAlone') return onObject(nearestVillage(map, p, placementM.village), 'village', placementM.village, incident);
      const site = nearestFacility(map, p, placementM.facility);
      if (!site) return { wanted: wanted.facility, withinM: placementM.facility };
      const authorities = unlessSet(group.authorities, () => (teams.has(site.id) ? [site.id] : []));
      return { at: atObject(site), incident: { ...incident, group: { ...group, authorities } }, near: site };
    }
    default: return incident satisfies never;
  }
}

export function isPlacement(result: Placement | Unplaceable): result is Placement {
  return 'at' in result;
}
