// Cells of a map grid, given as ascending indexes, merged into runs along each row so that a run is one rectangle.

export interface CellRun { row: number; col: number; cols: number }

/** Runs of consecutive cells in one row; `sameRun(a, b)` (list positions) may split runs further (a shade changes). */
export function cellRuns(cells: readonly number[], widthCells: number, sameRun: (a: number, b: number) => boolean = () => true): CellRun[] {
  const runs: CellRun[] = [];
  let i = 0;
  while (i < cells.length) {
    const first = i;
    const start = cells[i]!;
    const row = Math.floor(start / widthCells);
    i++;
    while (i < cells.length && cells[i] === cells[i - 1]! + 1 && Math.floor(cells[i]! / widthCells) === row && sameRun(first, i)) i++;
    runs.push({ row, col: start - row * widthCells, cols: i - first });
  }
  return runs;
}
