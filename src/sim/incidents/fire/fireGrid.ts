// The map as a grass or forest fire sees it: each cell's fuel, the villages' house cells and the facilities'
// cells. Derived from the map and the spec once per drill (never saved: the saved state is the cell array).
import type { Terrain } from '../../scenario/vocabulary.ts';
import type { TownshipMap } from '../../world/townshipMap.ts';
import { cellIndexAt } from '../../world/townshipMap.ts';
import type { WildlandSpec } from './wildlandSpec.ts';
import { detMath } from '../../math/detMath.ts';

/** What each cell holds, as saved in the physics' `cells` array. A firebreak cell keeps its fuel but only a breach crosses it. */
export const Cell = { noFuel: 0, fuel: 1, burning: 2, burnt: 3, firebreak: 4 } as const;

export interface Fuel { pVeg: number; pDen: number }

export interface FireGrid {
  widthCells: number;
  heightCells: number;
  cellSizeM: number;
  terrain: readonly Terrain[];
  elevationM: readonly number[];
  /** Fuel of each cell; null where the land cover does not burn. */
  fuel: (Fuel | null)[];
  /** Each village's house cells (map order; `index` is its place in the map's and the state's village lists). */
  villages: { id: string; index: number; cells: number[] }[];
  /** For each cell, the entry of `villages` whose houses it holds, or -1. */
  villageOfCell: number[];
  facilities: { id: string; cell: number }[];
  /** Firebreak rings already worked out, by `${village}/${cells}`. */
  rings: Map<string, number[]>;
}

const grids = new WeakMap<WildlandSpec, FireGrid>();

function houseCells(map: TownshipMap, reachM: number): { id: string; index: number; cells: number[] }[] {
  const villages = map.villages.map((v, index) => ({ id: v.id, index, cells: [] as number[] }));
  map.terrain.forEach((terrain, cell) => {
    if (terrain !== 'builtUp') return;
    const centre = { xM: ((cell % map.widthCells) + 0.5) * map.cellSizeM, yM: (Math.floor(cell / map.widthCells) + 0.5) * map.cellSizeM };
    let best = -1;
    let bestM = reachM;
    map.villages.forEach((v, i) => {
      const d = detMath.hypot(v.at.xM - centre.xM, v.at.yM - centre.yM);
      if (d <= bestM) { best = i; bestM = d; }
    });
    if (best >= 0) villages[best]!.cells.push(cell);
  });
  return villages.filter((v) => v.cells.length > 0);
}

/** The fire grid for a wildland spec on its drill's map (built once, then reused). */
export function fireGridOf(map: TownshipMap, spec: WildlandSpec): FireGrid {
  const known = grids.get(spec);
  if (known) return known;
  const villages = houseCells(map, spec.villageReachM);
  const villageOfCell = map.terrain.map(() => -1);
  villages.forEach((v, i) => { for (const c of v.cells) villageOfCell[c] = i; });
  const grid: FireGrid = {
    widthCells: map.widthCells,
    heightCells: map.heightCells,
    cellSizeM: map.cellSizeM,
    terrain: map.terrain,
    elevationM: map.elevationM,
    fuel: map.terrain.map((t) => spec.fuels[t] ?? null),
    villages,
    villageOfCell,
    facilities: map.facilities.map((f) => ({ id: f.id, cell: cellIndexAt(map, f.at) })).filter((f) => f.cell >= 0),
    rings: new Map(),
  };
  grids.set(spec, grid);
  return grid;
}

/** Centre of a cell, in metres. */
export function cellCentre(grid: FireGrid, cell: number): { xM: number; yM: number } {
  return { xM: ((cell % grid.widthCells) + 0.5) * grid.cellSizeM, yM: (Math.floor(cell / grid.widthCells) + 0.5) * grid.cellSizeM };
}

/** Distance between two cells' centres, in metres. */
export function cellDistanceM(grid: FireGrid, a: number, b: number): number {
  const dx = (a % grid.widthCells) - (b % grid.widthCells);
  const dy = Math.floor(a / grid.widthCells) - Math.floor(b / grid.widthCells);
  return detMath.hypot(dx, dy) * grid.cellSizeM;
}

/**
 * The cells exactly `rings` cells (Chebyshev distance) out from a village's houses, ascending. A fire moving one
 * cell at a time, diagonals included, cannot get from outside to the houses without entering one of them.
 */
export function firebreakRing(grid: FireGrid, village: FireGrid['villages'][number], rings: number): number[] {
  const key = `${village.id}/${rings}`;
  const known = grid.rings.get(key);
  if (known) return known;
  const ring = new Set<number>();
  for (const house of village.cells) {
    const hx = house % grid.widthCells;
    const hy = Math.floor(house / grid.widthCells);
    for (let y = Math.max(0, hy - rings); y <= Math.min(grid.heightCells - 1, hy + rings); y++) {
      for (let x = Math.max(0, hx - rings); x <= Math.min(grid.widthCells - 1, hx + rings); x++) {
        const nearest = Math.min(...village.cells.map((c) => Math.max(Math.abs((c % grid.widthCells) - x), Math.abs(Math.floor(c / grid.widthCells) - y))));
        if (nearest === rings) ring.add(y * grid.widthCells + x);
      }
    }
  }
  const sorted = [...ring].sort((a, b) => a - b);
  grid.rings.set(key, sorted);
  return sorted;
}
