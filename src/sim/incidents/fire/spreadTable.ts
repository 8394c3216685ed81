// The chance that a burning cell ignites each of its eight neighbours, worked out once per map and wind: the fire's
// inner loop then reads one number per test where it used to take an atan, three exps and an object per test.

/** A step to a neighbour (dx, dy) in cells; the table's directions are tested in the order given. */
export type Direction = readonly [dx: number, dy: number];

export interface SpreadTable {
  widthCells: number;
  heightCells: number;
  directions: readonly Direction[];
  /** Index offset of each direction's neighbour: dy · widthCells + dx. */
  offsets: Int32Array;
  /** `chance[8 · cell + k]`: p_burn from `cell` to its neighbour in direction k; 0 off the grid or where nothing burns. */
  chance: Float64Array;
  /**
   * The same chance as the greatest 32-bit draw that still ignites, ⌈p · 2^32⌉ − 1 (where p > 0): a draw u that is a
   * multiple of 2^−32 ignites exactly when u · 2^32 ≤ threshold, that is when u < p. Half the memory of `chance`.
   */
  threshold: Uint32Array;
  /** Bit k of `canSpread[cell]` is set where the chance towards direction k is above 0. */
  canSpread: Uint8Array;
  /** For each direction, its row offset + 1 (0 above, 1 level, 2 below): the run its ignitions are collected in. */
  rowOffsetRun: Int32Array;
  /** The kernel's work space: three runs of ignitions, one per row offset, room for every cell in each, and their ends. */
  runs: Int32Array;
  runEnds: Int32Array;
}

/** Draws (in [0, 1)) are multiples of 2^−32: seedrandom's quick(), or the perf-ref xoshiro's u32 / 2^32 and u24 / 2^24. */
export const DRAW_STEPS = 4294967296;

/**
 * The per-(cell, direction) ignition chances of a grid, from `chanceOf(from, to, k)` (called once for every pair
 * of a cell and an in-grid neighbour, row-major, directions in order). The one place the fire's tables are built.
 */
export function spreadTable(size: { widthCells: number; heightCells: number }, directions: readonly Direction[], chanceOf: (from: number, to: number, k: number) => number): SpreadTable {
  const { widthCells, heightCells } = size;
  if (directions.length !== 8) throw new RangeError(`a spread table needs the 8 neighbour directions, got ${directions.length}`);
  const chance = new Float64Array(8 * widthCells * heightCells);
  for (let y = 0; y < heightCells; y++) {
    for (let x = 0; x < widthCells; x++) {
      const from = y * widthCells + x;
      directions.forEach(([dx, dy], k) => {
        if (x + dx < 0 || y + dy < 0 || x + dx >= widthCells || y + dy >= heightCells) return;
        chance[8 * from + k] = chanceOf(from, from + dy * widthCells + dx, k);
      });
    }
  }
  const threshold = new Uint32Array(chance.length);
  const canSpread = new Uint8Array(widthCells * heightCells);
  chance.forEach((p, at) => {
    if (!(p > 0)) return;
    threshold[at] = Math.min(DRAW_STEPS - 1, Math.ceil(p * DRAW_STEPS) - 1);
    canSpread[at >> 3]! |= 1 << (at & 7);
  });
  return {
    widthCells, heightCells, directions, offsets: Int32Array.from(directions, ([dx, dy]) => dy * widthCells + dx), chance, threshold, canSpread,
    rowOffsetRun: Int32Array.from(directions, ([, dy]) => dy + 1), runs: new Int32Array(3 * widthCells * heightCells), runEnds: new Int32Array(3),
  };
}
