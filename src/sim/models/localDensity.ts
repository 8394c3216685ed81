// Local crowd density at each pedestrian with the Gaussian kernel of Helbing, Johansson & Al-Abideen (2007).
import type { AgentGrid } from './agentGrid';
import { requireAbove } from './rangeGuards';
import { tabulatedExp } from './tabulatedExp';
import { detMath } from '../math/detMath';

/** HJA 2007 smoothing radius R, m. */
export const HJA_KERNEL_RADIUS_M = 0.7;

/**
 * Density (persons/m²) seen at `(xM, yM)` from pedestrians at distances `distancesM`:
 * ρ = Σ_j exp(−d_j² / R²) / (π R²). The kernel integrates to 1, so a uniform crowd of density ρ reads ρ.
 * Source: Helbing, Johansson & Al-Abideen (2007), Phys. Rev. E 75:046109, eq. (1) (R = 0.7 m for the Hajj video data).
 * Throws RangeError for R ≤ 0.
 */
export function kernelDensityPerM2(distancesM: readonly number[], kernelRadiusM = HJA_KERNEL_RADIUS_M): number {
  requireAbove('kernelRadiusM', kernelRadiusM, 0);
  const rSq = kernelRadiusM * kernelRadiusM;
  return distancesM.reduce((sum, d) => sum + detMath.exp(-(d * d) / rSq), 0) / (Math.PI * rSq);
}

/**
 * The HJA density at every agent (itself included, as in the published sum over all pedestrians), written into
 * `out`. The kernel is cut at 2R and scaled by 1/(1 − e^−4) so that it still integrates to 1 (the tail beyond 2R
 * holds e^−4 ≈ 1.8 % of its weight). `grid` must be indexed on the current positions. Linear in the crowd for a
 * bounded density.
 */
export function densitiesAtAgentsPerM2(grid: AgentGrid, xM: Float64Array, yM: Float64Array, count: number, out: Float64Array, kernelRadiusM = HJA_KERNEL_RADIUS_M): void {
  requireAbove('kernelRadiusM', kernelRadiusM, 0);
  const rSq = kernelRadiusM * kernelRadiusM;
  const cutSq = 4 * rSq;
  const span = Math.ceil((2 * kernelRadiusM) / grid.cellM);
  const norm = 1 / (Math.PI * rSq * (1 - detMath.exp(-4)));
  for (let i = 0; i < count; i++) {
    const cell = grid.cellOf[i]!;
    const row = Math.floor(cell / grid.cols);
    const col = cell - row * grid.cols;
    let sum = 0;
    for (let r = Math.max(0, row - span); r <= Math.min(grid.rows - 1, row + span); r++) {
      const from = r * grid.cols + Math.max(0, col - span);
      const to = r * grid.cols + Math.min(grid.cols - 1, col + span);
      for (let k = grid.cellStart[from]!; k < grid.cellStart[to + 1]!; k++) {
        const j = grid.order[k]!;
        const dx = xM[j]! - xM[i]!;
        const dy = yM[j]! - yM[i]!;
        const dSq = dx * dx + dy * dy;
        if (dSq < cutSq) sum += tabulatedExp(-dSq / rSq);
      }
    }
    out[i] = sum * norm;
  }
}
