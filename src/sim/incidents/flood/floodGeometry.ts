// What a flood needs to know of the map, worked out once per incident: the grid water may spread over, the landward
// cells along the embankment (and which lie on the weak reach), village houses, road crossings and the pump basin.
import type { FloodLandUse } from '../../models/flood.ts';
import type { InertialGrid } from '../../models/inertialFlood.ts';
import type { Terrain } from '../../scenario/vocabulary.ts';
import type { PointM, TownshipMap } from '../../world/townshipMap.ts';
import { cellIndexAt } from '../../world/townshipMap.ts';
import type { FloodSpec } from './floodSpec.ts';
import { nearestOnPolyline, samplePolyline } from '../../world/polylines.ts';
import { detMath } from '../../math/detMath.ts';

/** Embankment crest in front of one landward cell: its length (m), and whether it is the weak reach. */
export interface CrestReach { cell: number; lengthM: number; weak: boolean }

/** Where a road meets water: on open ground, on the embankment's crest (the weak reach apart), or on a bridge. */
export type CrossingKind = 'ground' | 'crest' | 'weakCrest' | 'bridge';
export interface RoadCrossings { road: string; cells: { cell: number; kind: CrossingKind }[] }

export interface FloodGeometry {
  map: TownshipMap;
  grid: InertialGrid;
  landUse: FloodLandUse[];
  crest: CrestReach[];
  /** The landward cell at the weak point, where breach water enters; the ground there. */
  breachCell: number;
  weakGroundM: number;
  /** The map's embankment crest (the first embankment line that gives one). */
  mapCrestM: number | null;
  /** Per map village, in map order: the open cells of its houses. */
  villageCells: number[][];
  roads: RoadCrossings[];
  pumpCells: number[];
}

const landUseOf: Record<Terrain, FloodLandUse> = { builtUp: 'urban', forest: 'woodland', grass: 'pasture', farmland: 'pasture', bare: 'pasture', wetland: 'pasture', water: 'pasture' };

const cache = new WeakMap<FloodSpec, FloodGeometry>();

/** The flood's geometry on `map` (cached per spec; worked out again if the map differs). */
export function floodGeometry(map: TownshipMap, spec: FloodSpec, weakAt: PointM, pumpAt: PointM): FloodGeometry {
  const known = cache.get(spec);
  if (known?.map === map) return known;
  const built = buildGeometry(map, spec, weakAt, pumpAt);
  cache.set(spec, built);
  return built;
}

const centreOf = (map: TownshipMap, cell: number): PointM => ({ xM: ((cell % map.widthCells) + 0.5) * map.cellSizeM, yM: (Math.floor(cell / map.widthCells) + 0.5) * map.cellSizeM });

function cellsWithin(map: TownshipMap, open: readonly boolean[], at: PointM, radiusM: number): number[] {
  const cells: number[] = [];
  for (let c = 0; c < open.length; c++) {
    const centre = centreOf(map, c);
    if (open[c] && detMath.hypot(centre.xM - at.xM, centre.yM - at.yM) <= radiusM) cells.push(c);
  }
  const own = cellIndexAt(map, at);
  return cells.length > 0 || own < 0 || !open[own] ? cells : [own];
}

/** The first dry-land cell stepping from an embankment point away from the river. */
function landwardCell(map: TownshipMap, rivers: readonly PointM[][], p: PointM): number {
  let nearest = { at: p, distanceM: Infinity };
  for (const river of rivers) { const n = nearestOnPolyline(river, p); if (n.distanceM < nearest.distanceM) nearest = n; }
  const lengthM = detMath.hypot(p.xM - nearest.at.xM, p.yM - nearest.at.yM);
  const dir = lengthM > 0 ? { x: (p.xM - nearest.at.xM) / lengthM, y: (p.yM - nearest.at.yM) / lengthM } : { x: 0, y: -1 };
  for (let k = 0; k <= 6; k++) {
    const cell = cellIndexAt(map, { xM: p.xM + (dir.x * k * map.cellSizeM) / 2, yM: p.yM + (dir.y * k * map.cellSizeM) / 2 });
    if (cell >= 0 && map.terrain[cell] !== 'water') return cell;
  }
  return -1;
}

function crestReaches(map: TownshipMap, embankments: readonly PointM[][], rivers: readonly PointM[][], weakPoint: PointM, weakHalfM: number): CrestReach[] {
  const stepM = map.cellSizeM / 2;
  const reaches: CrestReach[] = [];
  for (const line of embankments) {
    for (const p of samplePolyline(line, stepM)) {
      const cell = landwardCell(map, rivers, p);
      if (cell < 0) continue;
      const weak = detMath.hypot(p.xM - weakPoint.xM, p.yM - weakPoint.yM) <= Math.max(weakHalfM, stepM / 2);
      const same = reaches.find((r) => r.cell === cell && r.weak === weak);
      if (same) same.lengthM += stepM; else reaches.push({ cell, lengthM: stepM, weak });
    }
  }
  // The samples only approximate the weak reach: give it exactly its length.
  const weakM = reaches.filter((r) => r.weak).reduce((sum, r) => sum + r.lengthM, 0);
  for (const r of reaches) if (r.weak) r.lengthM *= (2 * weakHalfM) / weakM;
  return reaches;
}

function roadCrossings(map: TownshipMap, embankments: readonly PointM[][], weakPoint: PointM, weakHalfM: number): RoadCrossings[] {
  return map.roads.map((road) => {
    const cells: RoadCrossings['cells'] = [];
    for (const p of samplePolyline(road.pointsM, map.cellSizeM / 2)) {
      const cell = cellIndexAt(map, p);
      if (cell < 0) continue;
      const onCrest = embankments.some((line) => nearestOnPolyline(line, p).distanceM <= map.cellSizeM / 4);
      const weak = onCrest && detMath.hypot(p.xM - weakPoint.xM, p.yM - weakPoint.yM) <= Math.max(weakHalfM, map.cellSizeM / 2);
      const kind: CrossingKind = road.bridge && map.terrain[cell] === 'water' ? 'bridge' : weak ? 'weakCrest' : onCrest ? 'crest' : 'ground';
      if (!cells.some((c) => c.cell === cell && c.kind === kind)) cells.push({ cell, kind });
    }
    return { road: road.id, cells };
  });
}

function buildGeometry(map: TownshipMap, spec: FloodSpec, weakAt: PointM, pumpAt: PointM): FloodGeometry {
  const open = map.terrain.map((t) => t !== 'water');
  const embankments = map.water.filter((l) => l.kind === 'embankment').map((l) => l.pointsM);
  const rivers = map.water.filter((l) => l.kind === 'river').map((l) => l.pointsM);
  let weakPoint = weakAt;
  let nearestM = Infinity;
  for (const line of embankments) { const n = nearestOnPolyline(line, weakAt); if (n.distanceM < nearestM) { nearestM = n.distanceM; weakPoint = n.at; } }
  const weakHalfM = spec.embankment.weakPoint.lengthM / 2;
  const found = landwardCell(map, rivers, weakPoint);
  const breachCell = found >= 0 ? found : Math.max(0, cellIndexAt(map, weakAt));
  return {
    map,
    grid: { widthCells: map.widthCells, heightCells: map.heightCells, cellSizeM: map.cellSizeM, groundM: Float64Array.from(map.elevationM), open: Uint8Array.from(open, (o) => (o ? 1 : 0)) },
    landUse: map.terrain.map((t) => landUseOf[t]),
    crest: crestReaches(map, embankments, rivers, weakPoint, weakHalfM),
    breachCell,
    weakGroundM: map.elevationM[breachCell]!,
    mapCrestM: map.water.find((l) => l.kind === 'embankment' && l.crestElevationM !== null)?.crestElevationM ?? null,
    villageCells: map.villages.map((v) => cellsWithin(map, open, v.at, spec.people.villageRadiusM)),
    roads: roadCrossings(map, embankments, weakPoint, weakHalfM),
    pumpCells: cellsWithin(map, open, pumpAt, spec.pumping.reachM),
  };
}
