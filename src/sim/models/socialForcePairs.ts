// The social force's inner loop (Helbing, Farkas & Vicsek 2000): Σ_j f_ij over every pair within reach, each pair
// once, on copies of the agents laid out in cell order so that a cell's neighbours are read from contiguous memory.
import type { AgentGrid } from './agentGrid';
import type { Pedestrians, SocialForceParameters, StepScratch } from './socialForce';
import { tabulatedExp } from './tabulatedExp';

/** Copies positions, velocities and radii into cell order (`grid.order`) and clears the cell-ordered sums. */
function gatherInCellOrder(peds: Pedestrians, order: Int32Array, indexedCount: number, work: StepScratch): void {
  const { sx, sy, svx, svy, sr, sfx, sfy, sk } = work.cellOrder;
  const { xM, yM, vxMs, vyMs, radiusM } = peds;
  for (let at = 0; at < indexedCount; at++) {
    const i = order[at]!;
    sx[at] = xM[i]!; sy[at] = yM[i]!; svx[at] = vxMs[i]!; svy[at] = vyMs[i]!; sr[at] = radiusM[i]!;
    sfx[at] = 0; sfy[at] = 0; sk[at] = 0;
  }
}

/**
 * Σ_j f_ij over every pair within reach, each pair once (Newton's third law gives f_ji = −f_ij), and each agent's
 * contact stiffness K_i = Σ_j ∂|f_ij|/∂d (only where mass scaling needs it), written to `work.fx`, `fy` and
 * `stiffness` (which must be zero). Pairs are visited in the same order, and each agent's sum grows in the same order,
 * as when the agents were read through `order`: the cell-ordered copy changes where the numbers live, not a bit of
 * them. Counts the pairs within the cutoff in `work.pairCount`. Kept as one loop on purpose: it is the crowd's
 * inner loop, about half of a dense drill's run time.
 */
export function addPairForces(peds: Pedestrians, grid: AgentGrid, p: SocialForceParameters, work: StepScratch): void {
  const indexedCount = grid.cellStart[grid.cols * grid.rows]!;
  gatherInCellOrder(peds, grid.order, indexedCount, work);
  const { sx, sy, svx, svy, sr, sfx, sfy, sk } = work.cellOrder;
  const ranges = work.ranges;
  const { cols, rows, cellStart } = grid;
  const { repulsionN: a, bodyStiffnessKgS2: k, frictionKgMS: kappa } = p;
  const inverseB = 1 / p.repulsionRangeM;
  // The cutoff is reach · reachShare + base: r_i + r_j + gap for the drill (× 1 is exact), a fixed distance for perf-ref.
  const reachShare = p.fixedCutoffM === undefined ? 1 : 0;
  const cutoffBaseM = p.fixedCutoffM ?? p.cutoffGapM;
  const stiffnessNeeded = p.massScaling !== false;
  let pairCount = 0;
  // For agent i: the rest of its own cell, then the forward neighbours E and the row below (SW, S, SE), which
  // visit every adjacent pair exactly once. Ranges of the cell order, as [from, to) pairs.
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const c = row * cols + col;
      const end = cellStart[c + 1]!;
      ranges[2] = col + 1 < cols ? cellStart[c + 1]! : 0;
      ranges[3] = col + 1 < cols ? cellStart[c + 2]! : 0;
      ranges[4] = row + 1 < rows ? cellStart[c + cols - (col > 0 ? 1 : 0)]! : 0;
      ranges[5] = row + 1 < rows ? cellStart[c + cols + (col + 1 < cols ? 2 : 1)]! : 0;
      for (let i = cellStart[c]!; i < end; i++) {
        const xi = sx[i]!;
        const yi = sy[i]!;
        const ri = sr[i]!;
        ranges[0] = i + 1;
        ranges[1] = end;
        for (let r = 0; r < 6; r += 2) {
          for (let j = ranges[r]!; j < ranges[r + 1]!; j++) {
            const dx = xi - sx[j]!;
            const dy = yi - sy[j]!;
            const reach = ri + sr[j]!;
            const dSq = dx * dx + dy * dy;
            const cut = reach * reachShare + cutoffBaseM;
            if (dSq >= cut * cut) continue;
            pairCount++;
            const d = Math.sqrt(dSq);
            const inverseD = d > 1e-9 ? 1 / d : 0;
            const nx = d > 1e-9 ? dx * inverseD : 1;
            const ny = dy * inverseD;
            const overlap = reach - d;
            const repulsion = a * tabulatedExp(overlap * inverseB);
            let fn = repulsion;
            let ft = 0;
            let stiff = repulsion * inverseB;
            if (overlap > 0) {
              fn += k * overlap;
              ft = kappa * overlap * ((svx[j]! - svx[i]!) * -ny + (svy[j]! - svy[i]!) * nx);
              stiff += k;
            }
            if (stiffnessNeeded) { sk[i]! += stiff; sk[j]! += stiff; }
            const gx = fn * nx - ft * ny;
            const gy = fn * ny + ft * nx;
            sfx[i]! += gx; sfy[i]! += gy;
            sfx[j]! -= gx; sfy[j]! -= gy;
          }
        }
      }
    }
  }
  work.pairCount = pairCount;
  const { order } = grid;
  const { fx, fy, stiffness } = work;
  for (let at = 0; at < indexedCount; at++) {
    const i = order[at]!;
    fx[i] = sfx[at]!; fy[i] = sfy[at]!; stiffness[i] = sk[at]!;
  }
}
