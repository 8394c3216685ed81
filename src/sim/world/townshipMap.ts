// The township as the sim sees it: cells of terrain and elevation, roads, water lines and named map objects.
import type { InspectionDomain, RoadClass, StationKind, Terrain } from '../scenario/vocabulary.ts';

/** A position in metres from the map's top-left corner; x grows east, y grows south. */
export interface PointM { xM: number; yM: number }

export interface Road {
  id: string;
  nameZh: string;
  nameEn: string;
  roadClass: RoadClass;
  bridge: boolean;
  pointsM: PointM[];
}

export interface WaterLine {
  id: string;
  kind: 'river' | 'embankment';
  nameZh: string;
  nameEn: string;
  crestElevationM: number | null;
  pointsM: PointM[];
}

interface MapObject { id: string; nameZh: string; nameEn: string; at: PointM }

export interface Village extends MapObject {
  population: number;
  households: number;
  elderlyAlone: number;
  children: number;
  cadres: number;
  militia: number;
  volunteers: number;
  gridWorkers: number;
  infoReporterZh: string;
  infoReporterEn: string;
}

export interface Station extends MapObject { kind: StationKind }

export interface Facility extends MapObject {
  domain: InspectionDomain;
  kind: string;
  occupants: number;
  village: string | null;
}

export interface Shelter extends MapObject { capacity: number; openAtStart: boolean }

export interface Place extends MapObject { kind: string }

export interface TownshipMap {
  nameZh: string;
  nameEn: string;
  cellSizeM: number;
  widthCells: number;
  heightCells: number;
  /** Row-major, `heightCells` rows of `widthCells`. */
  terrain: Terrain[];
  /** Row-major ground height in metres. */
  elevationM: number[];
  roads: Road[];
  water: WaterLine[];
  villages: Village[];
  stations: Station[];
  facilities: Facility[];
  shelters: Shelter[];
  places: Place[];
}

export type MapObjectKind = 'village' | 'station' | 'facility' | 'shelter' | 'place';

/** Every named object of the map by id, with its kind: what orders and injects point at. */
export function mapObjects(map: TownshipMap): Map<string, { kind: MapObjectKind; nameZh: string; nameEn: string; at: PointM }> {
  const all = new Map<string, { kind: MapObjectKind; nameZh: string; nameEn: string; at: PointM }>();
  const add = (kind: MapObjectKind, list: readonly MapObject[]) => {
    for (const o of list) all.set(o.id, { kind, nameZh: o.nameZh, nameEn: o.nameEn, at: o.at });
  };
  add('village', map.villages);
  add('station', map.stations);
  add('facility', map.facilities);
  add('shelter', map.shelters);
  add('place', map.places);
  return all;
}

/** The cell index holding a point, or -1 outside the map. */
export function cellIndexAt(map: TownshipMap, p: PointM): number {
  const col = Math.floor(p.xM / map.cellSizeM);
  const row = Math.floor(p.yM / map.cellSizeM);
  if (col < 0 || row < 0 || col >= map.widthCells || row >= map.heightCells) return -1;
  return row * map.widthCells + col;
}
