// 涝 reading: the water depth of every wet cell of the map, the river gauge (水位尺) from the starting stage to the
// weak point's crest with the warning level, and the weak point itself: holding, overtopped or breached.
import type { FloodSpec } from '../incidents/flood/floodSpec.ts';
import type { CellGrid, ReadingInput } from './readingInput.ts';
import { cellGridOf, toCm } from './readingInput.ts';

export interface RiverGauge { lowM: number; warningM: number; crestM: number; stageM: number }

export interface FloodReading {
  factor: 'flood';
  incident: string;
  grid: CellGrid;
  /** Cells with water deeper than `dryM`, ascending, and their depths (m, to the centimetre), in the same order. */
  wetCells: number[];
  depthsM: number[];
  gauge: RiverGauge | null;
  weakPoint: { state: 'holding' | 'overtopped' | 'breached'; breachWidthM: number; lengthM: number };
}

/** Water shallower than this (m) is not worth showing. */
export const dryM = 0.05;

export function floodReading({ world, spec, incident }: ReadingInput<FloodSpec>): FloodReading | null {
  const physics = incident.physics;
  if (!physics) return null;
  const wetCells: number[] = [];
  const depthsM: number[] = [];
  physics.water.depthM.forEach((depth, cell) => {
    if (depth > dryM) { wetCells.push(cell); depthsM.push(toCm(depth)); }
  });
  const weak = spec.embankment.weakPoint;
  const stageM = physics.river.stageM;
  const gauge = { lowM: Math.min(spec.river.initialStageM, stageM), warningM: spec.river.warningStageM, crestM: weak.crestElevationM, stageM };
  const state = physics.breachAtS !== null ? 'breached' : physics.spillM3s > 0 ? 'overtopped' : 'holding';
  return { factor: 'flood', incident: incident.id, grid: cellGridOf(world), wetCells, depthsM, gauge, weakPoint: { state, breachWidthM: weak.breachWidthM, lengthM: weak.lengthM } };
}
