// Water spreading over a grid of ground heights by the local inertial approximation of the shallow-water
// equations (the LISFLOOD-FP scheme): fluxes on cell faces carry momentum from one step to the next.
import { requireAbove, requireWithin } from './rangeGuards';
import { detMath } from '../math/detMath';

const gravityMs2 = 9.80665;
/** Faces whose flow depth is below this carry no water (wet/dry threshold). */
export const dryDepthM = 0.001;

type Numbers = number[] | Float64Array;

/** The ground: `widthCells` × `heightCells` square cells, row-major; water never enters cells that are not `open`. */
export interface InertialGrid {
  widthCells: number;
  heightCells: number;
  cellSizeM: number;
  groundM: ArrayLike<number>;
  open: ArrayLike<boolean | number>;
}

/**
 * Water on the grid. `qxM2s[row * (w + 1) + col]` is the flux per metre of face across the west face of cell (row, col),
 * positive eastward; `qyM2s[row * w + col]` crosses its north face, positive southward (rows grow south).
 */
export interface InertialWater<T extends Numbers = number[]> {
  depthM: T;
  qxM2s: T;
  qyM2s: T;
}

/** Still, dry water arrays for a grid. */
export function dryWater(grid: InertialGrid): InertialWater {
  const { widthCells: w, heightCells: h } = grid;
  return { depthM: new Array<number>(w * h).fill(0), qxM2s: new Array<number>((w + 1) * h).fill(0), qyM2s: new Array<number>(w * (h + 1)).fill(0) };
}

/**
 * The new flux across one face (Bates, Horritt & Fewtrell 2010, J. Hydrol. 387:33–45, eq. 11):
 * q' = (q − g h Δt ∂η/∂x) / (1 + g Δt n² |q| / h^(7/3)), with h the flow depth at the face and η the water surface.
 * For steady uniform flow this settles at Manning's q = h^(5/3) S^(1/2) / n. 0 when the face is dry.
 */
export function inertialFaceFluxM2s(options: { qM2s: number; flowDepthM: number; surfaceSlope: number; dtS: number; manningN: number }): number {
  return faceFlux(options.qM2s, options.flowDepthM, options.surfaceSlope, options.dtS, options.manningN);
}

function faceFlux(q: number, flowDepthM: number, surfaceSlope: number, dtS: number, n: number): number {
  if (flowDepthM <= dryDepthM) return 0;
  const driven = q - gravityMs2 * flowDepthM * dtS * surfaceSlope;
  if (q === 0) return driven;
  // h^(7/3) as h² ∛h: the same number, several times faster than a general power in this hot loop.
  return driven / (1 + (gravityMs2 * dtS * n * n * Math.abs(q)) / (flowDepthM * flowDepthM * detMath.cbrt(flowDepthM)));
}

/** The longest stable step for the deepest water: Δt = α Δx / √(g h_max) (Bates et al. 2010, eq. 12), at most `maxS`. */
export function inertialTimeStepS(grid: InertialGrid, depthM: ArrayLike<number>, options: { alpha?: number; maxS: number }): number {
  const alpha = requireWithin('alpha', options.alpha ?? 0.7, 0.05, 1);
  requireAbove('maxS', options.maxS, 0);
  let deepestM = 0;
  for (let c = 0; c < depthM.length; c++) if (depthM[c]! > deepestM) deepestM = depthM[c]!;
  return deepestM > dryDepthM ? Math.min(options.maxS, (alpha * grid.cellSizeM) / Math.sqrt(gravityMs2 * deepestM)) : options.maxS;
}

function checkShapes(grid: InertialGrid, water: InertialWater<Numbers>, sourceM3s: ArrayLike<number> | undefined): void {
  const { widthCells: w, heightCells: h } = grid;
  requireAbove('cellSizeM', grid.cellSizeM, 0);
  const cells = w * h;
  const ok = grid.groundM.length === cells && grid.open.length === cells && water.depthM.length === cells
    && water.qxM2s.length === (w + 1) * h && water.qyM2s.length === w * (h + 1) && (!sourceM3s || sourceM3s.length === cells);
  if (!ok) throw new RangeError(`grid and water arrays do not match a ${w} × ${h} grid`);
  if (sourceM3s) for (let c = 0; c < cells; c++) if (!(sourceM3s[c]! >= 0)) throw new RangeError(`sourceM3s[${c}] must be ≥ 0, got ${sourceM3s[c]}`);
}

/** Rows and columns holding water or a source, widened by one cell: outside it every face is dry and nothing changes. */
interface Window { row0: number; row1: number; col0: number; col1: number }

function wetWindow(grid: InertialGrid, depthM: ArrayLike<number>, sourceM3s: ArrayLike<number> | undefined): Window | null {
  const { widthCells: w, heightCells: h } = grid;
  let row0 = h;
  let row1 = -1;
  let col0 = w;
  let col1 = -1;
  for (let c = 0; c < w * h; c++) {
    if (depthM[c]! <= 0 && !(sourceM3s && sourceM3s[c]! > 0)) continue;
    const row = Math.floor(c / w);
    const col = c - row * w;
    if (row < row0) row0 = row;
    if (row > row1) row1 = row;
    if (col < col0) col0 = col;
    if (col > col1) col1 = col;
  }
  if (row1 < 0) return null;
  return { row0: Math.max(0, row0 - 1), row1: Math.min(h - 1, row1 + 1), col0: Math.max(0, col0 - 1), col1: Math.min(w - 1, col1 + 1) };
}

/** New fluxes on the inner faces of the window (map edges and faces of closed cells carry none), written in place. */
function updateFluxes(grid: InertialGrid, water: InertialWater<Numbers>, win: Window, dtS: number, n: number): void {
  const { widthCells: w, heightCells: h, cellSizeM: dx, groundM: z, open } = grid;
  const { depthM: d, qxM2s: qx, qyM2s: qy } = water;
  for (let row = win.row0; row <= win.row1; row++) {
    for (let col = Math.max(1, win.col0); col <= Math.min(w - 1, win.col1 + 1); col++) {
      const a = row * w + col - 1;
      const b = a + 1;
      const f = row * (w + 1) + col;
      if (!open[a] || !open[b] || (d[a]! <= dryDepthM && d[b]! <= dryDepthM)) { qx[f] = 0; continue; }
      const etaA = z[a]! + d[a]!;
      const etaB = z[b]! + d[b]!;
      qx[f] = faceFlux(qx[f]!, Math.max(etaA, etaB) - Math.max(z[a]!, z[b]!), (etaB - etaA) / dx, dtS, n);
    }
  }
  for (let row = Math.max(1, win.row0); row <= Math.min(h - 1, win.row1 + 1); row++) {
    for (let col = win.col0; col <= win.col1; col++) {
      const a = (row - 1) * w + col;
      const b = a + w;
      const f = row * w + col;
      if (!open[a] || !open[b] || (d[a]! <= dryDepthM && d[b]! <= dryDepthM)) { qy[f] = 0; continue; }
      const etaA = z[a]! + d[a]!;
      const etaB = z[b]! + d[b]!;
      qy[f] = faceFlux(qy[f]!, Math.max(etaA, etaB) - Math.max(z[a]!, z[b]!), (etaB - etaA) / dx, dtS, n);
    }
  }
}

/** Each cell's outflow scale, 1 wherever `limitOutflows` is not working (kept between steps, not made anew for each:
 *  it sets only the cells it scales, and puts them back to 1 before it returns). */
let outflowScale = new Float64Array(0);
const scaledCells: number[] = [];

/** Scales each cell's outgoing fluxes so that they never carry away more than the water it holds. */
function limitOutflows(grid: InertialGrid, water: InertialWater<Numbers>, win: Window, dtS: number): void {
  const { widthCells: w, cellSizeM: dx } = grid;
  const { depthM: d, qxM2s: qx, qyM2s: qy } = water;
  if (outflowScale.length !== w * grid.heightCells) outflowScale = new Float64Array(w * grid.heightCells).fill(1);
  const scale = outflowScale;
  scaledCells.length = 0;
  for (let row = win.row0; row <= win.row1; row++) {
    for (let col = win.col0; col <= win.col1; col++) {
      const c = row * w + col;
      const out = Math.max(0, -qx[row * (w + 1) + col]!) + Math.max(0, qx[row * (w + 1) + col + 1]!)
        + Math.max(0, -qy[c]!) + Math.max(0, qy[c + w]!);
      const outM = (out * dtS) / dx;
      if (outM > d[c]!) {
        scale[c] = d[c]! / outM;
        scaledCells.push(c);
      }
    }
  }
  for (let row = win.row0; row <= win.row1; row++) {
    for (let col = win.col0; col <= win.col1 + 1; col++) {
      const f = row * (w + 1) + col;
      if (qx[f] !== 0) qx[f] = qx[f]! * (qx[f]! > 0 ? scale[row * w + col - 1]! : scale[row * w + col]!);
    }
  }
  for (let row = win.row0; row <= win.row1 + 1; row++) {
    for (let col = win.col0; col <= win.col1; col++) {
      const f = row * w + col;
      if (qy[f] !== 0) qy[f] = qy[f]! * (qy[f]! > 0 ? scale[f - w]! : scale[f]!);
    }
  }
  for (const c of scaledCells) scale[c] = 1;
}

/**
 * Advances water in place by one step of `dtS` (keep it within `inertialTimeStepS`): fluxes by the local inertial
 * formula, then continuity ∂h/∂t = −∇·q + source / cell area. Outflows are scaled down where they would take more water
 * than a cell holds, so depths stay ≥ 0 and volume is conserved exactly apart from the sources.
 * Source: Bates, Horritt & Fewtrell (2010), eqs 8, 11 and 12; the flow depth at a face is the higher water surface
 * minus the higher ground (LISFLOOD-FP). The map's edges and closed cells are walls; sources on closed cells are
 * ignored. Throws RangeError for mismatched arrays, Δt ≤ 0, n ≤ 0 or negative sources.
 */
export function inertialStepInPlace(grid: InertialGrid, water: InertialWater<Numbers>, options: { dtS: number; manningN: number; sourceM3s?: ArrayLike<number> }): void {
  checkShapes(grid, water, options.sourceM3s);
  const dtS = requireAbove('dtS', options.dtS, 0);
  const n = requireAbove('manningN', options.manningN, 0);
  const win = wetWindow(grid, water.depthM, options.sourceM3s);
  if (!win) return;
  updateFluxes(grid, water, win, dtS, n);
  limitOutflows(grid, water, win, dtS);
  const { widthCells: w, cellSizeM: dx, open } = grid;
  const { depthM: d, qxM2s: qx, qyM2s: qy } = water;
  const source = options.sourceM3s;
  for (let row = win.row0; row <= win.row1; row++) {
    for (let col = win.col0; col <= win.col1; col++) {
      const c = row * w + col;
      const net = qx[row * (w + 1) + col]! - qx[row * (w + 1) + col + 1]! + qy[c]! - qy[c + w]!;
      const added = source && open[c] ? (source[c]! * dtS) / (dx * dx) : 0;
      d[c] = Math.max(0, d[c]! + (net * dtS) / dx + added);
    }
  }
}

/** Water after one step of `dtS`, as new arrays; see `inertialStepInPlace`. */
export function inertialStep(grid: InertialGrid, water: InertialWater, options: { dtS: number; manningN: number; sourceM3s?: ArrayLike<number> }): InertialWater {
  const next = { depthM: water.depthM.slice(), qxM2s: water.qxM2s.slice(), qyM2s: water.qyM2s.slice() };
  inertialStepInPlace(grid, next, options);
  return next;
}

/** Velocity across one face: its flux over the flow depth there (LISFLOOD-FP's velocity output), 0 when dry. */
function faceVelocityMs(grid: InertialGrid, water: InertialWater<Numbers>, a: number, b: number, q: number): number {
  if (q === 0 || a < 0 || b >= grid.groundM.length) return 0;
  const za = grid.groundM[a]!;
  const zb = grid.groundM[b]!;
  const flowDepthM = Math.max(za + water.depthM[a]!, zb + water.depthM[b]!) - Math.max(za, zb);
  return flowDepthM > dryDepthM ? q / flowDepthM : 0;
}

/**
 * Speed of the water in a cell, m/s: in each direction the mean of the velocities across its two faces (flux over the
 * flow depth at the face), at most the critical speed √(g h) of the cell's own depth: the local inertial scheme holds
 * for subcritical flow only (Bates et al. 2010, §2), and a film draining off a step would otherwise get a spurious
 * speed. 0 in a dry cell.
 */
export function cellVelocityMs(grid: InertialGrid, water: InertialWater<Numbers>, cell: number): number {
  if (water.depthM[cell]! <= dryDepthM) return 0;
  const w = grid.widthCells;
  const row = Math.floor(cell / w);
  const col = cell - row * w;
  const west = col > 0 ? faceVelocityMs(grid, water, cell - 1, cell, water.qxM2s[row * (w + 1) + col]!) : 0;
  const east = col < w - 1 ? faceVelocityMs(grid, water, cell, cell + 1, water.qxM2s[row * (w + 1) + col + 1]!) : 0;
  const north = row > 0 ? faceVelocityMs(grid, water, cell - w, cell, water.qyM2s[cell]!) : 0;
  const south = row < grid.heightCells - 1 ? faceVelocityMs(grid, water, cell, cell + w, water.qyM2s[cell + w]!) : 0;
  return Math.min(detMath.hypot((west + east) / 2, (north + south) / 2), Math.sqrt(gravityMs2 * water.depthM[cell]!));
}
