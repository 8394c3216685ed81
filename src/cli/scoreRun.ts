// Scores a drill record against its scenario's rubric, with a no-response run on the same seed as the baseline and
// the scenario's reference plan (read from disk beside the scenario) as the yardstick. The core does the scoring
// (src/sim/scoring/scoreWithBaseline.ts), so the command line and the browser score alike.
import type { Drill, DrillRecord, DrillScore, TimedOrder } from '../sim/index.ts';
import { formatProblems, loadReferencePlan, scoreRecord } from '../sim/index.ts';
import { readContentFiles } from './readContentFiles.ts';
import { BadInput } from './runCli.ts';

/** The drill's reference plan from disk; null when it has none; a plan that does not parse is bad input naming its file. */
export function referencePlanOnDisk(drill: Drill): TimedOrder[] | null {
  const plan = loadReferencePlan(drill, readContentFiles);
  if (!plan.ok) throw new BadInput(formatProblems(plan.problems));
  return plan.value;
}

/** The record's score with its baseline and the reference plan on disk. */
export function scoreRun(drill: Drill, record: DrillRecord): DrillScore {
  return scoreRecord(drill, record, referencePlanOnDisk(drill));
}
