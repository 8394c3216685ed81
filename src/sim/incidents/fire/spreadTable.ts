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
}

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
  return { widthCells, heightCells, directions, offsets: Int32Array.from(directions, ([dx, dy]) => dy * widthCells + dx), chance };
}
