// The social force's inner loop (Helbing, Farkas & Vicsek 2000): Σ_j f_ij over every pair within reach, each pair
// once, on copies of the agents laid out in cell order so that a cell's neighbours are read from contiguous memory.
import type { AgentGrid } from './agentGrid';
import type { CellOrderColumns, Pedestrians, SocialForceParameters, StepScratch } from './socialForce';
import { glibcExp } from '../math/glibcExp';
import { tabulatedExp } from './tabulatedExp';

/** True when the grid lists agent i at place i: a caller keeps its agents sorted by cell (as perf-ref's C does). */
function alreadyInCellOrder(peds: Pedestrians, order: Int32Array, indexedCount: number): boolean {
  if (indexedCount !== peds.count) return false;
  for (let at = 0; at < indexedCount; at++) if (order[at] !== at) return false;
  return true;
}

/**
 * The agents' columns in cell order and their sums (zero): the agents' own columns and `work.fx`, `fy`, `stiffness`
 * when they are in cell order already, else copies made through `grid.order`.
 */
function inCellOrder(peds: Pedestrians, order: Int32Array, indexedCount: number, work: StepScratch): CellOrderColumns {
  if (alreadyInCellOrder(peds, order, indexedCount)) {
    return { sx: peds.xM, sy: peds.yM, svx: peds.vxMs, svy: peds.vyMs, sr: peds.radiusM, sfx: work.fx, sfy: work.fy, sk: work.stiffness };
  }
  const { sx, sy, svx, svy, sr, sfx, sfy, sk } = work.cellOrder;
  const { xM, yM, vxMs, vyMs, radiusM } = peds;
  for (let at = 0; at < indexedCount; at++) {
    const i = order[at]!;
    sx[at] = xM[i]!; sy[at] = yM[i]!; svx[at] = vxMs[i]!; svy[at] = vyMs[i]!; sr[at] = radiusM[i]!;
    sfx[at] = 0; sfy[at] = 0; sk[at] = 0;
  }
  return work.cellOrder;
}

/**
 * Σ_j f_ij over every pair within reach, each pair once (Newton's third law gives f_ji = −f_ij), and each agent's
 * contact stiffness K_i = Σ_j ∂|f_ij|/∂d (only where mass scaling needs it), written to `work.fx`, `fy` and
 * `stiffness` (which must be zero). Pairs are visited in the same order, and each agent's sum grows in the same order,
 * as when the agents were read through `order`: the cell-ordered copy changes where the numbers live, not a bit of
 * them. Counts the pairs within the cutoff in `work.pairCount`. Kept as one loop on purpose: it is the crowd's
 * inner loop, about half of a dense drill's run time.
 */
export function addPairForces(peds: Pedestrians, grid: AgentGrid, span: number, p: SocialForceParameters, work: StepScratch): void {
  const indexedCount = grid.cellStart[grid.cols * grid.rows]!;
  const columns = inCellOrder(peds, grid.order, indexedCount, work);
  const { sx, sy, svx, svy, sr, sfx, sfy, sk } = columns;
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
      const xi = sx[i]!;
      const yi = sy[i]!;
      const ri = sr[i]!;
      ranges[0] = i + 1;
      let count = 0;
      // +(test) adds 0 or 1 without a branch (a ternary compiles to a jump, mispredicted about half the time).
      for (let r = 0; r < lastRange; r += 2) {
        const from = ranges[r]!;
        const to = ranges[r + 1]!;
        if (fixedCutoffSq > 0) {
          for (let j = from; j < to; j++) {
            const dx = xi - sx[j]!;
            const dy = yi - sy[j]!;
            const d2 = dx * dx + dy * dy;
            near[count] = j;
            // perf-ref's rule, 1e-12 ≤ d² < cutoff²: two people at one point do not push each other.
            count += +(d2 < fixedCutoffSq) & +(d2 >= 1e-12);
          }
        } else {
          for (let j = from; j < to; j++) {
            const dx = xi - sx[j]!;
            const dy = yi - sy[j]!;
            const cut = ri + sr[j]! + gapM;
            near[count] = j;
            count += +(dx * dx + dy * dy < cut * cut);
          }
        }
      }
      pairCount += count;
      // Agent i's sums are complete but for its own forward pairs (every pair is met from its earlier agent), so
      // they can grow in registers, in the same order, and be stored once.
      const vxi = svx[i]!;
      const vyi = svy[i]!;
      let fxi = sfx[i]!;
      let fyi = sfy[i]!;
      let ki = sk[i]!;
      for (let q = 0; q < count; q++) {
        const j = near[q]!;
        const dx = xi - sx[j]!;
        const dy = yi - sy[j]!;
        const reach = ri + sr[j]!;
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
        const ft = kappa * g * ((svx[j]! - vxi) * -ny + (svy[j]! - vyi) * nx);
        if (stiffnessNeeded) {
          const stiff = repulsion * inverseB + k * contact;
          ki += stiff; sk[j]! += stiff;
        }
        const gx = fn * nx - ft * ny;
        const gy = fn * ny + ft * nx;
        fxi += gx; fyi += gy;
        sfx[j]! -= gx; sfy[j]! -= gy;
      }
      sfx[i] = fxi; sfy[i] = fyi; sk[i] = ki;
    }
    first = end;
  }
  work.pairCount = pairCount;
  if (columns !== work.cellOrder) return;
  const { fx, fy, stiffness } = work;
  for (let at = 0; at < indexedCount; at++) {
    const i = order[at]!;
    fx[i] = sfx[at]!; fy[i] = sfy[at]!; stiffness[i] = sk[at]!;
  }
}
