// Parses a Tiled JSON map (.tmj) into the township: terrain and elevation grids, roads, water and named objects.
import { z } from 'zod';
import type { TownshipMap, PointM } from '../world/townshipMap.ts';
import type { ContentProblem, Loaded } from './contentError.ts';
import { problemsFromZod } from './contentError.ts';
import type { ObjectLayerName, ParsedObject } from './objectLayers.ts';
import { parseObjectLayer } from './objectLayers.ts';
import { decodeTileLayer } from './tileLayers.ts';
import type { TiledMap, TiledObject } from './tiledSchema.ts';
import { TiledMapSchema } from './tiledSchema.ts';
import { NonEmptyText, Terrain } from './vocabulary.ts';

const MapPropertiesSchema = z.object({
  cellSizeM: z.int().min(1).max(10_000),
  nameZh: NonEmptyText,
  nameEn: NonEmptyText,
});

const objectLayerNames: ObjectLayerName[] = ['roads', 'water', 'villages', 'stations', 'facilities', 'shelters', 'places'];

/** Parses and checks a map; every problem names the file, the layer or object and what is wrong. */
export function parseTownshipMap(file: string, json: unknown): Loaded<TownshipMap> {
  const tiled = TiledMapSchema.safeParse(json);
  if (!tiled.success) return { ok: false, problems: problemsFromZod(file, tiled.error) };
  const map = tiled.data;
  const problems: ContentProblem[] = [];

  const props = MapPropertiesSchema.safeParse(Object.fromEntries(map.properties.map((p) => [p.name, p.value])));
  if (!props.success) {
    return { ok: false, problems: props.error.issues.map((i) => ({ file, path: `properties.${i.path.join('.')}`, problem: i.message })) };
  }
  const { cellSizeM, nameZh, nameEn } = props.data;
  const grids = readGrids(file, map, problems);
  const objects = readObjectLayers(file, map, problems);
  if (problems.length > 0 || !grids || !objects) return { ok: false, problems };

  const toM = (px: number, py: number): PointM => ({ xM: (px * cellSizeM) / map.tilewidth, yM: (py * cellSizeM) / map.tileheight });
  const at = (o: TiledObject): PointM => toM(o.x + o.width / 2, o.y + o.height / 2);
  const line = (o: TiledObject): PointM[] => (o.polyline ?? o.polygon ?? []).map((p) => toM(o.x + p.x, o.y + p.y));
  const named = <L extends ObjectLayerName>(p: ParsedObject<L>) => ({ id: p.id, nameZh: p.props.nameZh, nameEn: p.props.nameEn });

  const township: TownshipMap = {
    nameZh, nameEn, cellSizeM, widthCells: map.width, heightCells: map.height,
    terrain: grids.terrain, elevationM: grids.elevationM,
    roads: objects.roads.map((r) => ({ ...named(r), roadClass: r.props.roadClass, bridge: r.props.bridge, pointsM: line(r.object) })),
    water: objects.water.map((w) => ({ ...named(w), kind: w.props.kind, crestElevationM: w.props.crestElevationM ?? null, pointsM: line(w.object) })),
    villages: objects.villages.map((v) => ({ ...v.props, id: v.id, at: at(v.object) })),
    stations: objects.stations.map((s) => ({ ...named(s), kind: s.props.kind, at: at(s.object) })),
    facilities: objects.facilities.map((f) => ({ ...named(f), domain: f.props.domain, kind: f.props.kind, occupants: f.props.occupants, village: f.props.village ?? null, at: at(f.object) })),
    shelters: objects.shelters.map((s) => ({ ...named(s), capacity: s.props.capacity, openAtStart: s.props.openAtStart, at: at(s.object) })),
    places: objects.places.map((p) => ({ ...named(p), kind: p.props.kind, at: at(p.object) })),
  };
  checkGeometry(file, township, problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: township };
}

function readGrids(file: string, map: TiledMap, problems: ContentProblem[]) {
  const layer = (name: string) => {
    const found = map.layers.find((l) => l.name === name);
    if (found?.type === 'tilelayer') return found;
    problems.push({ file, path: `layers.${name}`, problem: `the map needs a tile layer named "${name}"` });
    return null;
  };
  const terrainLayer = layer('terrain');
  const elevationLayer = layer('elevation');
  if (!terrainLayer || !elevationLayer) return null;
  const terrain = decodeTileLayer({ file, map, layer: terrainLayer, property: 'terrain', accept: (v) => (Terrain.safeParse(v).data ?? null) });
  const elevation = decodeTileLayer({
    file, map, layer: elevationLayer, property: 'elevationM',
    accept: (v) => (typeof v === 'number' && Number.isFinite(v) && v > -500 && v < 9000 ? v : null),
  });
  problems.push(...terrain.problems, ...elevation.problems);
  return { terrain: terrain.values, elevationM: elevation.values };
}

function readObjectLayers(file: string, map: TiledMap, problems: ContentProblem[]) {
  const out = {} as { [L in ObjectLayerName]: ParsedObject<L>[] };
  const seen = new Map<string, string>();
  for (const name of objectLayerNames) {
    const layer = map.layers.find((l) => l.name === name);
    if (layer?.type !== 'objectgroup') {
      problems.push({ file, path: `layers.${name}`, problem: `the map needs an object layer named "${name}"` });
      continue;
    }
    const { parsed, problems: layerProblems } = parseObjectLayer(file, name, layer.objects);
    problems.push(...layerProblems);
    for (const p of parsed) {
      const other = seen.get(p.id);
      if (other) problems.push({ file, path: `${name}.${p.id}`, problem: `the id "${p.id}" is already used in layer ${other}` });
      seen.set(p.id, name);
    }
    (out as Record<ObjectLayerName, unknown>)[name] = parsed;
  }
  return problems.length > 0 ? null : out;
}

function checkGeometry(file: string, map: TownshipMap, problems: ContentProblem[]): void {
  const widthM = map.widthCells * map.cellSizeM;
  const heightM = map.heightCells * map.cellSizeM;
  const inside = (p: PointM) => p.xM >= 0 && p.yM >= 0 && p.xM <= widthM && p.yM <= heightM;
  for (const r of [...map.roads, ...map.water]) {
    const layer = 'roadClass' in r ? 'roads' : 'water';
    if (r.pointsM.length < 2) problems.push({ file, path: `${layer}.${r.id}`, problem: 'must be a polyline with at least two points' });
    else if (!r.pointsM.every(inside)) problems.push({ file, path: `${layer}.${r.id}`, problem: 'runs outside the map' });
  }
  const layers = { villages: map.villages, stations: map.stations, facilities: map.facilities, shelters: map.shelters, places: map.places };
  for (const [layer, list] of Object.entries(layers)) {
    for (const o of list) if (!inside(o.at)) problems.push({ file, path: `${layer}.${o.id}`, problem: 'lies outside the map' });
  }
  const villages = new Set(map.villages.map((v) => v.id));
  for (const f of map.facilities) {
    if (f.village !== null && !villages.has(f.village)) problems.push({ file, path: `facilities.${f.id}.village`, problem: `no village "${f.village}" on the map` });
  }
}
