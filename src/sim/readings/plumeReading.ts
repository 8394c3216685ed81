// 毒 reading: a toxic release's plume as the ground it covers at AEGL-3 / 2 / 1 (60 min) outdoors, sampled on a
// coarse grid with the sim's own plume (Gaussian, releasePlume.ts), and how far downwind it reaches; a food poisoning
// or carbon monoxide only marks its site.
import type { PoisoningSpec } from '../incidents/poisoning/poisoningSpec.ts';
import type { PlumeNow } from '../incidents/poisoning/releasePlume.ts';
import { downwindPoint, outdoorPpm, plumeNow } from '../incidents/poisoning/releasePlume.ts';
import type { ReleasePhysics } from '../incidents/poisoning/poisoningPhysics.ts';
import { aeglAtPpm } from '../models/aegl.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { ReadingInput } from './readingInput.ts';
import { toCm } from './readingInput.ts';

export type AeglLevel = 1 | 2 | 3;

/** A run of `cols` grid cells in one row, all at or above AEGL `level` (and below the next). */
export interface BandRun { row: number; col: number; cols: number; level: AeglLevel }

export type PoisoningReading =
  | {
    factor: 'poisoning'; incident: string; kind: 'plume';
    /** The grid's top-left corner on the map (m) and its cell (m); empty runs when nothing reaches AEGL-1. */
    originM: PointM; cellM: number; runs: BandRun[];
    /** How far downwind the centreline still reaches AEGL-1 (m), and that point on the map. */
    reachM: number; downwindM: PointM | null;
  }
  | { factor: 'poisoning'; incident: string; kind: 'site' };

/** The AEGL levels read, most severe first. */
export const aeglLevels: readonly AeglLevel[] = [3, 2, 1];
/** Farthest the grid reaches downwind, m, and the coarsest and finest cell, m. */
const maxReachM = 5000;
const maxCellM = 100;
const minCellM = 20;
/** AEGL duration the bands are read at, min: the one the sim uses for its own thresholds. */
const aeglDurationMin = 60;

/** How far downwind (m) the centreline still reaches `ppm`: bounds the grid. */
function centrelineReachM(plume: PlumeNow, ppm: number): number {
  const limit = Math.min(maxReachM, plume.windMs * plume.sinceStartS);
  let reach = 0;
  for (let x = 10; x <= limit; x += 25) if (outdoorPpm(plume, downwindPoint(plume, x)) >= ppm) reach = x;
  return reach;
}

/** The band runs of each grid row, merging neighbouring cells of one level. */
function bandRuns(plume: PlumeNow, thresholds: readonly number[], grid: { left: number; top: number; cellM: number; n: number }): BandRun[] {
  const runs: BandRun[] = [];
  const levelAt = (xM: number, yM: number) => {
    const ppm = outdoorPpm(plume, { xM, yM });
    return thresholds.findIndex((t) => ppm >= t);
  };
  for (let row = 0; row < 2 * grid.n; row++) {
    const yM = grid.top + (row + 0.5) * grid.cellM;
    let runStart = 0;
    let runBand = -1;
    for (let col = 0; col <= 2 * grid.n; col++) {
      const band = col < 2 * grid.n ? levelAt(grid.left + (col + 0.5) * grid.cellM, yM) : -1;
      if (band === runBand) continue;
      if (runBand >= 0) runs.push({ row, col: runStart, cols: col - runStart, level: aeglLevels[runBand]! });
      runStart = col;
      runBand = band;
    }
  }
  return runs;
}

function plumeReading(incident: string, plume: PlumeNow): PoisoningReading {
  const thresholds = aeglLevels.map((level) => aeglAtPpm(plume.release.chemical, level, aeglDurationMin));
  const reachM = centrelineReachM(plume, thresholds[thresholds.length - 1]!);
  const cellM = Math.max(minCellM, Math.min(maxCellM, reachM / 30));
  const n = Math.ceil(reachM / cellM);
  const originM = { xM: plume.source.xM - n * cellM, yM: plume.source.yM - n * cellM };
  const runs = reachM > 0 ? bandRuns(plume, thresholds, { left: originM.xM, top: originM.yM, cellM, n }) : [];
  const downwind = reachM > 0 ? downwindPoint(plume, reachM) : null;
  return { factor: 'poisoning', incident, kind: 'plume', originM, cellM, runs, reachM, downwindM: downwind && { xM: toCm(downwind.xM), yM: toCm(downwind.yM) } };
}

/** The plume while gas is released or dispersing, a site mark for the other kinds; null otherwise. */
export function poisoningReading({ world, spec, incident, at }: ReadingInput<PoisoningSpec>): PoisoningReading | null {
  if (incident.status !== 'active') return null;
  if (spec.kind !== 'toxicRelease') return { factor: 'poisoning', incident: incident.id, kind: 'site' };
  const physics = incident.physics as ReleasePhysics | null;
  if (!spec.release || !physics || incident.startedS === null || (incident.phase !== 'releasing' && incident.phase !== 'dispersing')) return null;
  const nowS = incident.machine!.context.timeS;
  const sinceStartS = nowS - incident.startedS;
  if (sinceStartS <= 0) return null;
  const plume = plumeNow({
    release: spec.release, source: at, weather: world.drill.scenario.weather, sinceStartS,
    sinceStopS: physics.stoppedAtS === null ? null : nowS - physics.stoppedAtS,
  });
  return plumeReading(incident.id, plume);
}
