// Where a drill built from a ledger item puts a road crash (撞). On a road hazard: on that road — where the template's
// crash already is if that lies on it, else halfway along it. On a hazard at a named place: on the road nearest the
// place (within the curveball's reach), at the point of it nearest the place. The county entry and the clinic the
// casualties are driven to are then the ones nearest the new site, as for a curveball crash.
import { nearestRoad } from '../curveballs/nearbyPlaces.ts';
import { placementM } from '../curveballs/placementRules.ts';
import type { IncidentPlace } from '../scenario/incidentBase.ts';
import { halfwayAlong, nearestOnPolyline } from '../world/polylines.ts';
import { distanceM } from '../world/roadGraph.ts';
import type { PointM, Road, TownshipMap } from '../world/townshipMap.ts';
import { mapObjects } from '../world/townshipMap.ts';

/** A crash site: where it stands, the road it blocks, where its casualties go, and the place reports must name. */
export interface CrashSite {
  at: IncidentPlace;
  road: string;
  countyEntry: string | null;
  clinic: string | null;
  placeZh: string;
  placeEn: string;
}

/** Why no crash can stand at a hazard's place: it is no road or named place, or no road passes near it. */
export type NoCrashSite = { refused: 'notARoadOrPlace' } | { refused: 'noRoadNear'; withinM: number };

/** A named place this close to a road stands on it (the S215 bend is a vertex of the S215). */
const onRoadM = 1;

/** The id of the nearest of `list` to `p` (first in map order on a tie), or null when the list is empty. */
function nearestId(list: readonly { id: string; at: PointM }[], p: PointM): string | null {
  let best: { id: string; d: number } | null = null;
  for (const o of list) {
    const d = distanceM(o.at, p);
    if (best === null || d < best.d) best = { id: o.id, d };
  }
  return best?.id ?? null;
}

function siteAt(map: TownshipMap, at: IncidentPlace, point: PointM, road: Road, names: { placeZh: string; placeEn: string }): CrashSite {
  return {
    at, road: road.id, ...names,
    countyEntry: nearestId(map.places.filter((p) => p.kind === 'countyEntry'), point),
    clinic: nearestId(map.stations.filter((s) => s.kind === 'clinic'), point),
  };
}

/** Where a crash drilled for the hazard at `place` goes; `templateAt` is where the template's crash stands. */
export function crashSiteForHazard(map: TownshipMap, place: string, templateAt: IncidentPlace): CrashSite | NoCrashSite {
  const objects = mapObjects(map);
  const road = map.roads.find((r) => r.id === place);
  if (road) {
    const templatePoint = 'place' in templateAt ? objects.get(templateAt.place)?.at : templateAt;
    const onIt = templatePoint && nearestOnPolyline(road.pointsM, templatePoint).distanceM <= onRoadM;
    const point = onIt ? templatePoint : halfwayAlong(road.pointsM);
    return siteAt(map, onIt ? templateAt : { xM: point.xM, yM: point.yM }, point, road, { placeZh: road.nameZh, placeEn: road.nameEn });
  }
  const object = objects.get(place);
  if (!object) return { refused: 'notARoadOrPlace' };
  const near = nearestRoad(map, object.at, placementM.road);
  const nearRoad = near ? map.roads.find((r) => r.id === near.id) : undefined;
  if (!near || !nearRoad) return { refused: 'noRoadNear', withinM: placementM.road };
  if (near.distanceM <= onRoadM) return siteAt(map, { place }, object.at, nearRoad, { placeZh: object.nameZh, placeEn: object.nameEn });
  return siteAt(map, { xM: near.at.xM, yM: near.at.yM }, near.at, nearRoad, { placeZh: `${nearRoad.nameZh}${object.nameZh}附近`, placeEn: `${nearRoad.nameEn} near ${object.nameEn}` });
}

export function isCrashSite(site: CrashSite | NoCrashSite): site is CrashSite {
  return 'road' in site;
}
