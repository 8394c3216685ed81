// Scores a drill record against its scenario's rubric, with a no-response run on the same seed as the baseline.
import type { Drill, DrillRecord, DrillScore } from '../sim/index.ts';
import { scoreDrill } from '../sim/index.ts';
import { runDrill } from './runDrill.ts';

export function scoreRecord(drill: Drill, record: DrillRecord): DrillScore {
  const baseline = runDrill({ drill, seed: record.seed, orders: [], untilS: record.endS }).sim.record();
  return scoreDrill({ drill, record, rubric: drill.rubric, baseline });
}
