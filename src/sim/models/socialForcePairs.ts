// The social force's inner loop (Helbing, Farkas & Vicsek 2000): Σ_j f_ij over every pair within reach, each pair
// once, on a packed copy of the agents laid out in cell order so that a cell's neighbours are read from contiguous memory.
import type { AgentGrid } from './agentGrid';
import type { Pedestrians, SocialForceParameters, StepScratch } from './socialForce';
import { glibcExp } from '../math/glibcExp';
import { tabulatedExp } from './tabulatedExp';

/** Doubles per agent in `work.packed`: x, y, vx, vy, r, then the sums fx, fy, K. One agent is one 64-byte cache line. */
const stride = 8;

/**
 * Copies the first `indexedCount` agents into `work.packed` in cell order (through `grid.order`) with their sums at
 * zero: the inner loop then reads a neighbour's numbers from one cache line of one array, not from five arrays.
 */
function packInCellOrder(peds: Pedestrians, order: Int32Array, indexedCount: number, work: StepScratch): Float64Array {
  if (work.packed.length < stride * indexedCount) work.packed = new Float64Array(stride * indexedCount);
  const b = work.packed;
  const { xM, yM, vxMs, vyMs, radiusM } = peds;
  for (let at = 0, s = 0; at < indexedCount; at++, s += stride) {
    const i = order[at]!;
    b[s] = xM[i]!; b[s + 1] = yM[i]!; b[s + 2] = vxMs[i]!; b[s + 3] = vyMs[i]!; b[s + 4] = radiusM[i]!;
    b[s + 5] = 0; b[s + 6] = 0; b[s + 7] = 0;
  }
  return b;
}

/**
 * Σ_j f_ij over every pair within reach, each pair once (Newton's third law gives f_ji = −f_ij), and each agent's
 * contact stiffness K_i = Σ_j ∂|f_ij|/∂d (only where mass scaling needs it), written to `work.fx`, `fy` and
 * `stiffness` for every agent (zero for those the grid does not index). Pairs are visited in the same order, and each agent's sum grows in the same order, as when the agents
 * were read through `order`: the packed copy changes where the numbers live, not a bit of them. Counts the pairs
 * within the cutoff in `work.pairCount`. Kept as one loop on purpose: it is the crowd's inner loop, about half of a
 * dense drill's run time.
 */
export function addPairForces(peds: Pedestrians, grid: AgentGrid, span: number, p: SocialForceParameters, work: StepScratch): void {
  const indexedCount = grid.cellStart[grid.cols * grid.rows]!;
  const b = packInCellOrder(peds, grid.order, indexedCount, work);
  const { cols, rows, cellStart } = grid;
  const { repulsionN: a, bodyStiffnessKgS2: k, frictionKgMS: kappa } = p;
  const inverseB = 1 / p.repulsionRangeM;
  // The cutoff: r_i + r_j + gap for the drill, a fixed distance for perf-ref (whose test needs no radius).
  const fixedCutoffSq = p.fixedCutoffM === undefined ? 0 : p.fixedCutoffM * p.fixedCutoffM;
  const gapM = p.cutoffGapM;
  const stiffnessNeeded = p.massScaling !== false;
  const glibcBits = p.perfRefArithmetic === true;
  let pairCount = 0;
  const { near, ranges } = work;
  // For agent i: the rest of its own cell and the `span` cells east of it (contiguous in cell order), then the `span`
  // rows below, `span` cells either side (each contiguous), which visit every pair within reach exactly once. First
  // the candidates within the cutoff are listed without a branch, then their forces are summed (as perf-ref does:
  // fewer mispredicted branches).
  const lastRange = 2 * Math.min(span, rows - 1) + 2;
  const { order, cellOf } = grid;
  // The occupied cells in ascending order, read off the agents in cell order (an empty cell holds no pair).
  for (let first = 0; first < indexedCount;) {
    const c = cellOf[order[first]!]!;
    const row = (c / cols) | 0;
    const col = c - row * cols;
    const end = cellStart[c + 1]!;
    ranges[1] = cellStart[c + Math.min(span, cols - 1 - col) + 1]!;
    for (let r = 1; r <= span && 2 * r + 1 < lastRange; r++) {
      const below = row + r < rows;
      ranges[2 * r] = below ? cellStart[(row + r) * cols + Math.max(0, col - span)]! : 0;
      ranges[2 * r + 1] = below ? cellStart[(row + r) * cols + Math.min(cols - 1, col + span) + 1]! : 0;
    }
    for (let i = first; i < end; i++) {
      const is = i * stride;
      const xi = b[is]!;
      const yi = b[is + 1]!;
      const ri = b[is + 4]!;
      ranges[0] = i + 1;
      let count = 0;
      // +(test) adds 0 or 1 without a branch (a ternary compiles to a jump, mispredicted about half the time).
      for (let r = 0; r < lastRange; r += 2) {
        const from = ranges[r]!;
        const to = ranges[r + 1]!;
        if (fixedCutoffSq > 0) {
          for (let j = from; j < to; j++) {
            const dx = xi - b[j * stride]!;
            const dy = yi - b[j * stride + 1]!;
            const d2 = dx * dx + dy * dy;
            near[count] = j;
            // perf-ref's rule, 1e-12 ≤ d² < cutoff²: two people at one point do not push each other.
            count += +(d2 < fixedCutoffSq) & +(d2 >= 1e-12);
          }
        } else {
          for (let j = from; j < to; j++) {
            const dx = xi - b[j * stride]!;
            const dy = yi - b[j * stride + 1]!;
            const cut = ri + b[j * stride + 4]! + gapM;
            near[count] = j;
            count += +(dx * dx + dy * dy < cut * cut);
          }
        }
      }
      pairCount += count;
      // Agent i's sums are complete but for its own forward pairs (every pair is met from its earlier agent), so
      // they can grow in registers, in the same order, and be stored once.
      const vxi = b[is + 2]!;
      const vyi = b[is + 3]!;
      let fxi = b[is + 5]!;
      let fyi = b[is + 6]!;
      let ki = b[is + 7]!;
      for (let q = 0; q < count; q++) {
        const js = near[q]! * stride;
        const dx = xi - b[js]!;
        const dy = yi - b[js + 1]!;
        const reach = ri + b[js + 4]!;
        const d = Math.sqrt(dx * dx + dy * dy);
        const inverseD = d > 1e-9 ? 1 / d : 0;
        const nx = d > 1e-9 ? dx * inverseD : 1;
        const ny = dy * inverseD;
        const overlap = reach - d;
        const repulsion = a * (glibcBits ? glibcExp(overlap * inverseB) : tabulatedExp(overlap * inverseB));
        // g = max(overlap, 0) without a branch: apart, the contact terms are k·(±0) and κ·(±0)·Δv, which leave the
        // sums' bits as they were when the terms were skipped.
        const contact = +(overlap > 0);
        const g = overlap * contact;
        const fn = repulsion + k * g;
        const ft = kappa * g * ((b[js + 2]! - vxi) * -ny + (b[js + 3]! - vyi) * nx);
        if (stiffnessNeeded) {
          const stiff = repulsion * inverseB + k * contact;
          ki += stiff; b[js + 7]! += stiff;
        }
        const gx = fn * nx - ft * ny;
        const gy = fn * ny + ft * nx;
        fxi += gx; fyi += gy;
        b[js + 5]! -= gx; b[js + 6]! -= gy;
      }
      b[is + 5] = fxi; b[is + 6] = fyi; b[is + 7] = ki;
    }
    first = end;
  }
  work.pairCount = pairCount;
  const { fx, fy, stiffness } = work;
  for (let at = 0, s = 0; at < indexedCount; at++, s += stride) {
    const i = order[at]!;
    fx[i] = b[s + 5]!; fy[i] = b[s + 6]!; stiffness[i] = b[s + 7]!;
  }
  // The grid indexes agents 0 … indexedCount − 1: the rest meet no pair.
  fx.fill(0, indexedCount, peds.count); fy.fill(0, indexedCount, peds.count); stiffness.fill(0, indexedCount, peds.count);
}
