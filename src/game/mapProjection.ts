// Where the township lies in the scene: metres on the map to world units, where one cell is CELL_PX units wide.
import type { PointM, TownshipMap } from '../sim/index.ts';

/** World units per map cell; at camera zoom 1 a world unit is one screen pixel. */
export const CELL_PX = 10;

export interface WorldPoint { x: number; y: number }

export interface WorldSize { width: number; height: number }

export function worldSize(map: TownshipMap): WorldSize {
  return { width: map.widthCells * CELL_PX, height: map.heightCells * CELL_PX };
}

export function toWorld(map: TownshipMap, p: PointM): WorldPoint {
  const unitsPerM = CELL_PX / map.cellSizeM;
  return { x: p.xM * unitsPerM, y: p.yM * unitsPerM };
}
