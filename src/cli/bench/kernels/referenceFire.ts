// The perf-ref fire workload (../shared/perf-ref/README.md, kernel 1) run by the drill's own spreadGeneration: a
// 512 × 512 grid, 95 % fuel from the seed, a Gaussian hill, wind 8 m/s towards +x, the reference rule and RNG.
import type { Direction, SpreadTable } from '../../../sim/bench.ts';
import { Cell, spreadGeneration, spreadTable } from '../../../sim/bench.ts';
import { Xoshiro128ss } from './xoshiro128.ts';

/** The reference's neighbour order: row-major around the cell. */
const REFERENCE_DIRECTIONS: readonly Direction[] = [[-1, -1], [0, -1], [1, -1], [-1, 0], [1, 0], [-1, 1], [0, 1], [1, 1]];
const size = { widthCells: 512, heightCells: 512 };
const cellM = 50;

/** p_burn of the reference, multiplied left to right as wildfire.c does (p_h (1 + p_veg)(1 + p_den) p_s p_w). */
function referenceChance(elevationM: Float64Array): (from: number, to: number, k: number) => number {
  const windFactors = REFERENCE_DIRECTIONS.map(([dx, dy]) => Math.exp(0.045 * 8) * Math.exp(8 * 0.131 * (dx / Math.sqrt(dx * dx + dy * dy) - 1)));
  const runM = REFERENCE_DIRECTIONS.map(([dx, dy]) => cellM * Math.sqrt(dx * dx + dy * dy));
  return (from, to, k) => {
    const slopeDeg = Math.atan((elevationM[to]! - elevationM[from]!) / runM[k]!) * (180 / Math.PI);
    const p = 0.58 * (1 + 0.4) * (1 + 0) * Math.exp(0.078 * slopeDeg) * windFactors[k]!;
    return p > 1 ? 1 : p;
  };
}

/** The hill E(x, y) = 600 exp(−((x − 352)² + (y − 192)²) / (2 · 64²)) m, row-major. */
function hill(): Float64Array {
  const { widthCells: w, heightCells: h } = size;
  const elevationM = new Float64Array(w * h);
  const hx = (w * 11) / 16, hy = (h * 6) / 16, hs = w / 8;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) elevationM[y * w + x] = 600 * Math.exp(-((x - hx) * (x - hx) + (y - hy) * (y - hy)) / (2 * hs * hs));
  }
  return elevationM;
}

/** `timedMs`: the timed loop's start and end on performance.now()'s clock. */
export interface ReferenceFireRun { timeS: number; timedMs: { from: number; to: number }; steps: number; ignitionTests: number; burnt: number; unburntFuel: number; checksum: string }

let table: SpreadTable | null = null;

/** FNV-1a-32 of the final states in the reference's codes (1 no fuel, 2 fuel, 3 burning, 4 burnt), row-major. */
function checksum(cells: Uint8Array): string {
  let h = 2166136261;
  for (const state of cells) h = Math.imul(h ^ (state + 1), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** One run from the seed: setup (fuel map, table once) untimed, then the timed loop of generations. */
export function runReferenceFire(seed = 12345): ReferenceFireRun {
  table ??= spreadTable(size, REFERENCE_DIRECTIONS, referenceChance(hill()));
  const n = size.widthCells * size.heightCells;
  const rng = new Xoshiro128ss(seed);
  const cells = new Uint8Array(n);
  for (let c = 0; c < n; c++) cells[c] = rng.uniform() < 0.95 ? Cell.fuel : Cell.noFuel;
  const centre = (size.heightCells / 2) * size.widthCells + size.widthCells / 2;
  cells[centre] = Cell.burning;
  let burning: Int32Array = Int32Array.of(centre);
  const buffers = [new Int32Array(n), new Int32Array(n)] as const;
  let ignitionTests = 0;
  const draw = () => { ignitionTests++; return (rng.next() >>> 8) / 16777216; };
  let steps = 0;
  const started = process.hrtime.bigint();
  const startedMs = performance.now();
  while (burning.length > 0 && steps < 2000) {
    burning = spreadGeneration({ cells, burning, table, ignited: buffers[steps % 2]!, breachShare: 0, spread: true, draw, drawForCellsIgnitedThisGeneration: true });
    steps++;
  }
  const timeS = Number(process.hrtime.bigint() - started) / 1e9;
  const timedMs = { from: startedMs, to: performance.now() };
  let burnt = 0;
  let unburntFuel = 0;
  for (const state of cells) { if (state === Cell.burnt) burnt++; else if (state === Cell.fuel) unburntFuel++; }
  return { timeS, timedMs, steps, ignitionTests, burnt, unburntFuel, checksum: checksum(cells) };
}
