// The curves of a finished drill, sampled from its replay at regular times: the township's dead, injured and
// missing, and the people moved out (and how many of them vulnerable). Pure: same record, same series.
import type { Drill, DrillRecord, SimState } from '../sim/index.ts';
import { ReplayPlayer } from './ReplayPlayer.ts';

export interface DrillSeries {
  /** Sample times, sim seconds from the start: 0, stepS, 2·stepS … and the record's end. */
  timesS: number[];
  deadCount: number[];
  injuredCount: number[];
  missingCount: number[];
  movedCount: number[];
  movedVulnerableCount: number[];
}

/** At most about this many samples, so a long drill stays quick to sample and to draw. */
const maxSamples = 240;

/** Whole minutes between samples: the evacuation moves people once a minute, so finer would show nothing new. */
export function sampleStepS(endS: number): number {
  return Math.max(60, Math.ceil(endS / maxSamples / 60) * 60);
}

function take(series: DrillSeries, state: SimState): void {
  series.timesS.push(state.timeS);
  series.deadCount.push(state.casualties.deadCount);
  series.injuredCount.push(state.casualties.injuredCount);
  series.missingCount.push(state.casualties.missingCount);
  // movedCount already counts the vulnerable moved; movedVulnerableCount is the part of it that was vulnerable.
  series.movedCount.push(state.villages.reduce((n, v) => n + v.movedCount, 0));
  series.movedVulnerableCount.push(state.villages.reduce((n, v) => n + v.movedVulnerableCount, 0));
}

/** Samples the replay of `record` every `stepS` seconds, and at its end. */
export function drillSeries(drill: Drill, record: DrillRecord, stepS = sampleStepS(record.endS)): DrillSeries {
  if (!(stepS > 0)) throw new Error(`drillSeries: the step must be positive (got ${stepS})`);
  const series: DrillSeries = { timesS: [], deadCount: [], injuredCount: [], missingCount: [], movedCount: [], movedVulnerableCount: [] };
  const player = new ReplayPlayer(drill, record);
  for (let t = 0; t < record.endS; t += stepS) {
    player.seek(t);
    take(series, player.state());
  }
  player.seek(record.endS);
  take(series, player.state());
  return series;
}
