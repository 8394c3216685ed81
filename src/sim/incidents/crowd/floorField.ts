// Which way to walk from anywhere on a site to the nearest of some openings, around walls: a static floor field
// (walking distance by Dijkstra on a fine grid, Kirchner & Schadschneider 2002) turned into a unit direction per cell.
import { closestOnSegment } from '../../models/agentGrid.ts';
import { detMath } from '../../math/detMath.ts';

export interface FloorField { cellM: number; cols: number; rows: number; dirX: Float64Array; dirY: Float64Array; distanceM: Float64Array }

/** An opening people walk through, with the unit normal pointing out of the site. */
export interface FieldTarget { segment: readonly [number, number, number, number]; outX: number; outY: number }

const steps = [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1]] as const;

/** Cells whose centre is within `clearanceM` of a wall cannot be stood in. */
function blockedCells(cols: number, rows: number, cellM: number, walls: readonly number[], clearanceM: number): Uint8Array {
  const blocked = new Uint8Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = (c + 0.5) * cellM;
      const y = (r + 0.5) * cellM;
      for (let w = 0; w < walls.length; w += 4) {
        if (closestOnSegment(x, y, walls[w]!, walls[w + 1]!, walls[w + 2]!, walls[w + 3]!).distanceM < clearanceM) { blocked[r * cols + c] = 1; break; }
      }
    }
  }
  return blocked;
}

/** A binary min-heap of [distance, cell], ties broken by cell so the search order never depends on chance. */
type Heap = [number, number][];
const before = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

function heapPush(heap: Heap, entry: [number, number]): void {
  heap.push(entry);
  for (let k = heap.length - 1; k > 0;) {
    const parent = (k - 1) >> 1;
    if (!before(heap[k]!, heap[parent]!)) break;
    [heap[parent], heap[k]] = [heap[k]!, heap[parent]!];
    k = parent;
  }
}

function heapPop(heap: Heap): [number, number] {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length === 0) return top;
  heap[0] = last;
  for (let k = 0; ;) {
    let m = k;
    for (const child of [2 * k + 1, 2 * k + 2]) if (child < heap.length && before(heap[child]!, heap[m]!)) m = child;
    if (m === k) return top;
    [heap[m], heap[k]] = [heap[k]!, heap[m]!];
    k = m;
  }
}

/** Multi-source Dijkstra from the target cells over free cells, 8 neighbours, no cutting past a blocked corner. */
function walkingDistances(cols: number, rows: number, cellM: number, blocked: Uint8Array, sources: number[]): Float64Array {
  const distance = new Float64Array(cols * rows).fill(Infinity);
  const heap: Heap = [];
  for (const s of sources) { distance[s] = 0; heapPush(heap, [0, s]); }
  while (heap.length > 0) {
    const [d, cell] = heapPop(heap);
    if (d > distance[cell]!) continue;
    const r = Math.floor(cell / cols);
    const c = cell - r * cols;
    for (const [dc, dr] of steps) {
      const nc = c + dc;
      const nr = r + dr;
      if (nc < 0 || nr < 0 || nc >= cols || nr >= rows || blocked[nr * cols + nc]) continue;
      if (dc !== 0 && dr !== 0 && (blocked[r * cols + nc] || blocked[nr * cols + c])) continue;
      const next = d + (dc !== 0 && dr !== 0 ? Math.SQRT2 : 1) * cellM;
      if (next < distance[nr * cols + nc]!) { distance[nr * cols + nc] = next; heapPush(heap, [next, nr * cols + nc]); }
    }
  }
  return distance;
}

/** Downhill direction of a cell: the slope-weighted mean of the neighbours nearer the target (a unit vector, or 0). */
function downhill(field: FloorField, cell: number): [number, number] {
  const { cols, rows, distanceM } = field;
  const r = Math.floor(cell / cols);
  const c = cell - r * cols;
  const here = distanceM[cell]!;
  let gx = 0;
  let gy = 0;
  let nearest = Infinity;
  for (const [dc, dr] of steps) {
    const nc = c + dc;
    const nr = r + dr;
    if (nc < 0 || nr < 0 || nc >= cols || nr >= rows) continue;
    const there = distanceM[nr * cols + nc]!;
    const length = detMath.hypot(dc, dr);
    if (here === Infinity) {
      // In a wall or cut off: step toward the nearest reachable neighbour.
      if (there < nearest) { nearest = there; gx = dc / length; gy = dr / length; }
      continue;
    }
    const drop = here - there;
    if (!(drop > 0)) continue;
    gx += (drop / length) * (dc / length);
    gy += (drop / length) * (dr / length);
  }
  const norm = detMath.hypot(gx, gy);
  return norm > 0 && Number.isFinite(norm) ? [gx / norm, gy / norm] : [0, 0];
}

/**
 * The floor field of a `widthM` × `depthM` site toward `targets`: from every cell, the unit direction that shortens
 * the walk around `walls` (flat segments), and through the opening (its outward normal) at the target cells.
 * Cells that cannot reach any target, or that sit in a wall, step toward the nearest free, reachable neighbour.
 */
export function buildFloorField(options: { widthM: number; depthM: number; cellM: number; clearanceM: number; walls: readonly number[]; targets: readonly FieldTarget[] }): FloorField {
  const { cellM } = options;
  const cols = Math.ceil(options.widthM / cellM);
  const rows = Math.ceil(options.depthM / cellM);
  const blocked = blockedCells(cols, rows, cellM, options.walls, options.clearanceM);
  const targetOf = new Int32Array(cols * rows).fill(-1);
  options.targets.forEach((t, k) => {
    for (let cell = 0; cell < cols * rows; cell++) {
      const x = ((cell % cols) + 0.5) * cellM;
      const y = (Math.floor(cell / cols) + 0.5) * cellM;
      if (!blocked[cell] && closestOnSegment(x, y, ...t.segment).distanceM <= cellM) targetOf[cell] = k;
    }
  });
  const sources = [...targetOf.keys()].filter((cell) => targetOf[cell]! >= 0);
  const field: FloorField = { cellM, cols, rows, dirX: new Float64Array(cols * rows), dirY: new Float64Array(cols * rows), distanceM: walkingDistances(cols, rows, cellM, blocked, sources) };
  for (let cell = 0; cell < cols * rows; cell++) {
    const target = options.targets[targetOf[cell]!];
    const [dx, dy] = target ? [target.outX, target.outY] : downhill(field, cell);
    field.dirX[cell] = dx;
    field.dirY[cell] = dy;
  }
  return field;
}

/** The field's cell under a point (clamped to the site). */
export function fieldCell(field: FloorField, xM: number, yM: number): number {
  const c = Math.min(field.cols - 1, Math.max(0, Math.floor(xM / field.cellM)));
  const r = Math.min(field.rows - 1, Math.max(0, Math.floor(yM / field.cellM)));
  return r * field.cols + c;
}
