// One generation of the grass/forest fire cellular automaton (Alexandridis et al. 2008): every burning cell tries
// to ignite each neighbour with p_burn, then burns out. Draws come in cell order, so a seed gives one fire.
import { alexandridisBurnProbability, alexandridisSlopeFactor } from '../../models/cellularFireSpread.ts';
import { alexandridisWindFactor } from '../../models/grassFire.ts';
import type { FireGrid } from './fireGrid.ts';
import { Cell } from './fireGrid.ts';
import type { Direction, SpreadTable } from './spreadTable.ts';
import { spreadTable } from './spreadTable.ts';

/** The Moore neighbourhood, clockwise from north (map y grows south), and each step's compass bearing. */
const NEIGHBOURS: readonly Direction[] = [[0, -1], [1, -1], [1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [-1, -1]];

/**
 * Wind factor p_w for spread towards each neighbour. `windFromDeg` is meteorological (where the wind comes from,
 * clockwise from north), so the wind blows towards windFromDeg + 180°.
 */
export function neighbourWindFactors(windMs: number, windFromDeg: number): number[] {
  return NEIGHBOURS.map((_, k) => alexandridisWindFactor(windMs, k * 45 - (windFromDeg + 180)));
}

const drillTables = new WeakMap<FireGrid, { windKey: string; table: SpreadTable; ignited: Int32Array }>();

/**
 * The drill's spread table for a fire grid in a wind (built once, then reused while the wind stays): p_burn from the
 * target cell's fuel, the slope between the cells' centres and the wind towards the neighbour, directions clockwise
 * from north. Comes with a buffer for the generation's ignitions.
 */
export function drillSpreadTable(grid: FireGrid, windFactors: readonly number[]): { table: SpreadTable; ignited: Int32Array } {
  const windKey = windFactors.join(',');
  const known = drillTables.get(grid);
  if (known?.windKey === windKey) return known;
  const table = spreadTable(grid, NEIGHBOURS, (from, to, k) => {
    const fuel = grid.fuel[to];
    if (!fuel) return 0;
    const runM = k % 2 === 1 ? grid.cellSizeM * Math.SQRT2 : grid.cellSizeM;
    const slopeFactor = alexandridisSlopeFactor(grid.elevationM[to]! - grid.elevationM[from]!, runM);
    return alexandridisBurnProbability({ pVeg: fuel.pVeg, pDen: fuel.pDen, windFactor: windFactors[k]!, slopeFactor });
  });
  const built = { windKey, table, ignited: new Int32Array(grid.widthCells * grid.heightCells) };
  drillTables.set(grid, built);
  return built;
}

/** Cell states as the kernel reads and writes them (fireGrid.ts `Cell`): the drill's saved array or a typed one. */
export type CellStates = number[] | Uint8Array;

export interface Generation {
  cells: CellStates;
  /** Burning cells, ascending. */
  burning: ArrayLike<number>;
  table: SpreadTable;
  /** Share of the chances to cross a firebreak cell that still succeed. */
  breachShare: number;
  /** False while the fire is contained: burning cells burn out without igniting anything. */
  spread: boolean;
  /** A uniform number in [0, 1): one per test of a neighbour that can burn. */
  draw: () => number;
  /** Where the ignitions are written: room for one per cell of the grid. */
  ignited: Int32Array;
  /**
   * The perf-ref workload's rule: a neighbour ignited earlier in the same generation still takes its draw (it is
   * read from the generation's start). The drill's rule (false) sees it burning at once and draws nothing for it.
   */
  drawForCellsIgnitedThisGeneration?: boolean;
}

/** Marks a cell ignited in this generation under the perf-ref rule: tested and drawn for like fuel, never ignited twice. */
const IGNITING = 5;

/**
 * Runs one generation in place on `cells`; returns the newly ignited cells, ascending (a view of `ignited`, the next
 * burning list). Allocates nothing but that view: no closure, object or sort callback per test.
 */
export function spreadGeneration(g: Generation): Int32Array {
  const { cells, burning, ignited, draw, breachShare } = g;
  const { chance, offsets } = g.table;
  const mark = g.drawForCellsIgnitedThisGeneration === true ? IGNITING : Cell.burning;
  let count = 0;
  for (let b = 0; g.spread && b < burning.length; b++) {
    const from = burning[b]!;
    for (let k = 0; k < 8; k++) {
      const p = chance[8 * from + k]!;
      if (p === 0) continue;
      const to = from + offsets[k]!;
      const state = cells[to]!;
      if (state === Cell.fuel) {
        if (draw() < p) { cells[to] = mark; ignited[count++] = to; }
      } else if (state === Cell.firebreak) {
        const breach = p * breachShare;
        if (breach > 0 && draw() < breach) { cells[to] = mark; ignited[count++] = to; }
      } else if (state === IGNITING) {
        draw();
      }
    }
  }
  for (let b = 0; b < burning.length; b++) cells[burning[b]!] = Cell.burnt;
  const next = ignited.subarray(0, count);
  if (mark === IGNITING) for (let n = 0; n < count; n++) cells[next[n]!] = Cell.burning;
  return next.sort();
}
