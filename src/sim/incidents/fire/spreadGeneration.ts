// One generation of the grass/forest fire cellular automaton (Alexandridis et al. 2008): every burning cell tries
// to ignite each neighbour with p_burn, then burns out. Draws come in cell order, so a seed gives one fire.
import { alexandridisBurnProbability, alexandridisSlopeFactor } from '../../models/cellularFireSpread.ts';
import { alexandridisWindFactor } from '../../models/grassFire.ts';
import type { FireGrid } from './fireGrid.ts';
import { Cell } from './fireGrid.ts';
import type { Direction, SpreadTable } from './spreadTable.ts';
import { DRAW_STEPS, spreadTable } from './spreadTable.ts';

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
  /** A uniform number in [0, 1), a multiple of 2^−32 (spreadTable.ts `DRAW_STEPS`): one per test of a neighbour that can burn. */
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

/** Sorts a list that is out of order by a few places at most (insertion sort: linear for such a list). */
function sortNearlySorted(list: Int32Array, from: number, to: number): void {
  for (let a = from + 1; a < to; a++) {
    const v = list[a]!;
    let b = a - 1;
    while (b >= from && list[b]! > v) { list[b + 1] = list[b]!; b--; }
    list[b + 1] = v;
  }
}

/** Merges the three ascending runs of `work` (the rows above, level with and below the burning cells) into `out`. */
function mergeRuns(work: Int32Array, ends: Int32Array, cellCount: number, out: Int32Array): number {
  let a = 0, b = cellCount, c = 2 * cellCount;
  const aEnd = ends[0]!, bEnd = ends[1]!, cEnd = ends[2]!;
  let n = 0;
  while (a < aEnd || b < bEnd || c < cEnd) {
    const va = a < aEnd ? work[a]! : Infinity;
    const vb = b < bEnd ? work[b]! : Infinity;
    const vc = c < cEnd ? work[c]! : Infinity;
    if (va <= vb && va <= vc) { out[n++] = va; a++; }
    else if (vb <= vc) { out[n++] = vb; b++; }
    else { out[n++] = vc; c++; }
  }
  return n;
}

/**
 * Runs one generation in place on `cells`; returns the newly ignited cells, ascending (a view of `ignited`, the next
 * burning list). No closure, object or sort callback per test: each ignition goes to the run of its row offset
 * (burning cells come in ascending order, so each run is out of order by a few places at most), and the three runs
 * are then sorted and merged in linear time.
 */
export function spreadGeneration(g: Generation): Int32Array {
  const { cells, burning, ignited, draw, breachShare } = g;
  const { chance, threshold, canSpread, offsets, rowOffsetRun, runs, runEnds } = g.table;
  const cellCount = g.table.widthCells * g.table.heightCells;
  const mark = g.drawForCellsIgnitedThisGeneration === true ? IGNITING : Cell.burning;
  runEnds[0] = 0; runEnds[1] = cellCount; runEnds[2] = 2 * cellCount;
  const burningCount = g.spread ? burning.length : 0;
  for (let b = 0; b < burningCount; b++) {
    const from = burning[b]!;
    const spreads = canSpread[from]!;
    for (let k = 0; k < 8; k++) {
      if ((spreads & (1 << k)) === 0) continue;
      const to = from + offsets[k]!;
      const state = cells[to]!;
      let ignites = false;
      // u · 2^32 ≤ ⌈p · 2^32⌉ − 1 is u < p for a draw u on the 2^−32 grid (spreadTable.ts `threshold`).
      if (state === Cell.fuel) ignites = draw() * DRAW_STEPS <= threshold[8 * from + k]!;
      else if (state === Cell.firebreak) { const breach = chance[8 * from + k]! * breachShare; ignites = breach > 0 && draw() < breach; }
      else if (state === IGNITING) draw();
      if (ignites) { cells[to] = mark; runs[runEnds[rowOffsetRun[k]!]!++] = to; }
    }
  }
  for (let b = 0; b < burning.length; b++) cells[burning[b]!] = Cell.burnt;
  for (let r = 0; r < 3; r++) sortNearlySorted(runs, r * cellCount, runEnds[r]!);
  const count = mergeRuns(runs, runEnds, cellCount, ignited);
  if (mark === IGNITING) for (let n = 0; n < count; n++) cells[ignited[n]!] = Cell.burning;
  return ignited.subarray(0, count);
}
