// Uniform-grid spatial index for agents and wall segments: neighbour search in O(n) for a crowd of any size.
import { requireAbove, requireCount, requireFinite } from './rangeGuards';
import { detMath } from '../math/detMath';

/**
 * Agents bucketed by cell with a counting sort (Green 2008, "Particle simulation using CUDA", NVIDIA: the
 * cell-list method). `order[cellStart[c] .. cellStart[c + 1])` are the agents in cell `c`, by ascending index,
 * so iterating a cell's agents is deterministic. Positions outside the grid fall in its border cells.
 */
export interface AgentGrid {
  originXM: number;
  originYM: number;
  cellM: number;
  cols: number;
  rows: number;
  /** Length cols × rows + 1. */
  cellStart: Int32Array;
  /** Agent indices sorted by cell. */
  order: Int32Array;
  /** The cell of each agent, from the last `indexAgents`. */
  cellOf: Int32Array;
  /** Work space of `indexAgents` (each cell's next free place), kept so that indexing allocates nothing. */
  fill: Int32Array;
}

export interface GridBounds { xM: number; yM: number; widthM: number; depthM: number }

/** An empty grid over `bounds` with square cells of `cellM`, able to hold `capacity` agents without growing. */
export function createAgentGrid(bounds: GridBounds, cellM: number, capacity = 0): AgentGrid {
  requireAbove('cellM', cellM, 0);
  requireAbove('widthM', bounds.widthM, 0);
  requireAbove('depthM', bounds.depthM, 0);
  requireCount('capacity', capacity);
  const cols = Math.max(1, Math.ceil(bounds.widthM / cellM));
  const rows = Math.max(1, Math.ceil(bounds.depthM / cellM));
  return {
    originXM: requireFinite('xM', bounds.xM), originYM: requireFinite('yM', bounds.yM), cellM, cols, rows,
    cellStart: new Int32Array(cols * rows + 1), order: new Int32Array(capacity), cellOf: new Int32Array(capacity), fill: new Int32Array(cols * rows),
  };
}

/**
 * Column or row `u` (cells from the origin) clamped to 0 … count − 1: below 0 (and NaN) the first, from `count` the
 * last, else its whole part (truncation is the floor there, and cheaper than Math.floor and two clamps).
 */
function clampedCell(u: number, count: number): number {
  return u >= count ? count - 1 : u >= 0 ? u | 0 : 0;
}

/** The cell holding a point (clamped to the border cells; a coordinate with no value, NaN, to the first column or row). */
export function cellAt(grid: AgentGrid, xM: number, yM: number): number {
  return clampedCell((yM - grid.originYM) / grid.cellM, grid.rows) * grid.cols + clampedCell((xM - grid.originXM) / grid.cellM, grid.cols);
}

/** Re-indexes the first `count` agents: two passes over the agents and one over the cells; allocates only to grow. */
export function indexAgents(grid: AgentGrid, xM: ArrayLike<number>, yM: ArrayLike<number>, count: number): void {
  if (grid.order.length < count) {
    grid.order = new Int32Array(Math.ceil(count * 1.5));
    grid.cellOf = new Int32Array(grid.order.length);
  }
  const { cellStart, order, cellOf, fill } = grid;
  cellStart.fill(0);
  for (let i = 0; i < count; i++) {
    const c = cellAt(grid, xM[i]!, yM[i]!);
    cellOf[i] = c;
    cellStart[c + 1]! += 1;
  }
  // The prefix sum carried in a register: no store-then-load from one cell to the next.
  const cells = grid.cols * grid.rows;
  let sum = 0;
  for (let c = 0; c < cells; c++) {
    fill[c] = sum;
    sum += cellStart[c + 1]!;
    cellStart[c + 1] = sum;
  }
  for (let i = 0; i < count; i++) order[fill[cellOf[i]!]!++] = i;
}

/** Indices of agents within `reachM` of a point, ascending (for tests and occasional queries, not inner loops). */
export function agentsNear(grid: AgentGrid, xM: ArrayLike<number>, yM: ArrayLike<number>, point: { xM: number; yM: number }, reachM: number): number[] {
  const span = Math.ceil(reachM / grid.cellM);
  const col = Math.floor((point.xM - grid.originXM) / grid.cellM);
  const row = Math.floor((point.yM - grid.originYM) / grid.cellM);
  const found: number[] = [];
  for (let r = Math.max(0, row - span); r <= Math.min(grid.rows - 1, row + span); r++) {
    for (let c = Math.max(0, col - span); c <= Math.min(grid.cols - 1, col + span); c++) {
      const cell = r * grid.cols + c;
      for (let k = grid.cellStart[cell]!; k < grid.cellStart[cell + 1]!; k++) {
        const j = grid.order[k]!;
        if (detMath.hypot(xM[j]! - point.xM, yM[j]! - point.yM) <= reachM) found.push(j);
      }
    }
  }
  return found.sort((a, b) => a - b);
}

/** Wall segments [x1, y1, x2, y2] listed per cell: every segment passing within `reachM` of the cell. */
export interface SegmentGrid { grid: AgentGrid; segments: Float64Array; cellStart: Int32Array; items: Int32Array }

/** Distance from a point to the segment (x1, y1)–(x2, y2), and the segment's closest point. */
export function closestOnSegment(px: number, py: number, x1: number, y1: number, x2: number, y2: number): { xM: number; yM: number; distanceM: number } {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.min(1, Math.max(0, ((px - x1) * dx + (py - y1) * dy) / lengthSq));
  const xM = x1 + t * dx;
  const yM = y1 + t * dy;
  return { xM, yM, distanceM: detMath.hypot(px - xM, py - yM) };
}

/** Indexes segments (flat, four numbers each) on the cells of `bounds`; a cell lists those within `reachM` of its centre's cell. */
export function indexSegments(segments: readonly number[], bounds: GridBounds, cellM: number, reachM: number): SegmentGrid {
  requireAbove('reachM', reachM, 0);
  if (segments.length % 4 !== 0) throw new RangeError(`segments must hold four numbers each, got ${segments.length}`);
  const grid = createAgentGrid(bounds, cellM);
  const lists: number[][] = [];
  const halfDiagonalM = (cellM * Math.SQRT2) / 2;
  for (let row = 0; row < grid.rows; row++) {
    for (let col = 0; col < grid.cols; col++) {
      const cx = grid.originXM + (col + 0.5) * cellM;
      const cy = grid.originYM + (row + 0.5) * cellM;
      const list: number[] = [];
      for (let s = 0; s < segments.length / 4; s++) {
        const near = closestOnSegment(cx, cy, segments[4 * s]!, segments[4 * s + 1]!, segments[4 * s + 2]!, segments[4 * s + 3]!);
        if (near.distanceM <= reachM + halfDiagonalM) list.push(s);
      }
      lists.push(list);
    }
  }
  const cellStart = new Int32Array(lists.length + 1);
  lists.forEach((list, c) => { cellStart[c + 1] = cellStart[c]! + list.length; });
  return { grid, segments: Float64Array.from(segments), cellStart, items: Int32Array.from(lists.flat()) };
}
