// What lies near a clicked point of the township: the nearest facility, village, named place, road or embankment
// within a distance. Ties go to the first in map order, so the answer never depends on anything but the map.
import { nearestOnPolyline } from '../world/polylines.ts';
import type { PointM, TownshipMap } from '../world/townshipMap.ts';
import { detMath } from '../math/detMath.ts';

export interface NearObject { id: string; nameZh: string; nameEn: string; at: PointM; distanceM: number }
export interface NearLine { id: string; nameZh: string; nameEn: string; at: PointM; distanceM: number }

function nearest<T extends { at: PointM }>(list: readonly T[], p: PointM, withinM: number): (T & { distanceM: number }) | null {
  let best: (T & { distanceM: number }) | null = null;
  for (const item of list) {
    const distanceM = detMath.hypot(item.at.xM - p.xM, item.at.yM - p.yM);
    if (distanceM <= withinM && (best === null || distanceM < best.distanceM)) best = { ...item, distanceM };
  }
  return best;
}

export function nearestFacility(map: TownshipMap, p: PointM, withinM: number, kinds?: readonly string[]): NearObject | null {
  return nearest(map.facilities.filter((f) => !kinds || kinds.includes(f.kind)), p, withinM);
}

export function nearestVillage(map: TownshipMap, p: PointM, withinM: number): NearObject | null {
  return nearest(map.villages, p, withinM);
}

/** A facility or a named place (a square, a bend …), whichever is nearer. */
export function nearestSite(map: TownshipMap, p: PointM, withinM: number): NearObject | null {
  return nearest([...map.facilities, ...map.places.filter((place) => place.kind !== 'countyEntry')], p, withinM);
}

/** Any named object of the map, for saying roughly where something is. */
export function nearestNamed(map: TownshipMap, p: PointM): NearObject | null {
  return nearest([...map.villages, ...map.facilities, ...map.places, ...map.stations, ...map.shelters], p, Infinity);
}

export function villagesWithin(map: TownshipMap, p: PointM, withinM: number): string[] {
  return map.villages.filter((v) => detMath.hypot(v.at.xM - p.xM, v.at.yM - p.yM) <= withinM).map((v) => v.id);
}

function nearestLine(lines: readonly { id: string; nameZh: string; nameEn: string; pointsM: PointM[] }[], p: PointM, withinM: number): NearLine | null {
  let best: NearLine | null = null;
  for (const line of lines) {
    const { at, distanceM } = nearestOnPolyline(line.pointsM, p);
    if (distanceM <= withinM && (best === null || distanceM < best.distanceM)) best = { id: line.id, nameZh: line.nameZh, nameEn: line.nameEn, at, distanceM };
  }
  return best;
}

/** The road under (or nearest) the click, and the point of it nearest the click. */
export function nearestRoad(map: TownshipMap, p: PointM, withinM: number): NearLine | null {
  return nearestLine(map.roads, p, withinM);
}

export function roadsWithin(map: TownshipMap, p: PointM, withinM: number): string[] {
  return map.roads.filter((r) => nearestOnPolyline(r.pointsM, p).distanceM <= withinM).map((r) => r.id);
}

export function nearestEmbankment(map: TownshipMap, p: PointM, withinM: number): NearLine | null {
  return nearestLine(map.water.filter((w) => w.kind === 'embankment'), p, withinM);
}
