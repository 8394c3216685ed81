// Water over the township's grid for one tick: river water over the crest and through the breach, the rain's runoff
// on every cell, spread by the local inertial scheme in stable sub-steps, and the pumps drawing the low ground down.
import type { InertialGrid, InertialWater } from '../../models/inertialFlood.ts';
import { inertialStepInPlace, inertialTimeStepS } from '../../models/inertialFlood.ts';

/** Sub-steps never exceed this (one per tick while the water is shallow); deeper water needs shorter ones. */
const maxSubStepS = 60;

/** Draws up to `volumeM3` from `cells` in proportion to the water each holds (in place); returns what was drawn. */
export function drawDown(depthM: number[], cells: readonly number[], volumeM3: number, cellAreaM2: number): number {
  let heldM3 = 0;
  for (const c of cells) heldM3 += depthM[c]! * cellAreaM2;
  const drawnM3 = Math.min(volumeM3, heldM3);
  if (drawnM3 <= 0) return 0;
  const keep = 1 - drawnM3 / heldM3;
  for (const c of cells) depthM[c] = depthM[c]! * keep;
  return drawnM3;
}

export interface SpreadResult { pumpedM3: number; subSteps: number }

/**
 * Advances `water` (in place) by `dtS`: `sourceM3s` (per cell) flows in throughout, the pumps draw `pumpM3s` from
 * `pumpCells`, and the water spreads in sub-steps no longer than the scheme's stable step.
 */
export function spreadWater(grid: InertialGrid, water: InertialWater, options: { dtS: number; manningN: number; sourceM3s: readonly number[]; pumpM3s: number; pumpCells: readonly number[] }): SpreadResult {
  let pumpedM3 = 0;
  let subSteps = 0;
  for (let doneS = 0; doneS < options.dtS - 1e-9;) {
    const stepS = Math.min(options.dtS - doneS, inertialTimeStepS(grid, water.depthM, { maxS: maxSubStepS }));
    inertialStepInPlace(grid, water, { dtS: stepS, manningN: options.manningN, sourceM3s: options.sourceM3s });
    if (options.pumpM3s > 0) pumpedM3 += drawDown(water.depthM, options.pumpCells, options.pumpM3s * stepS, grid.cellSizeM * grid.cellSizeM);
    doneS += stepS;
    subSteps++;
  }
  return { pumpedM3, subSteps };
}
