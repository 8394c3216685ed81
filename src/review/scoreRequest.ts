// What the scoring worker does with one request, as a pure function of the request and the content it can read:
// load the drill, check the record is of it, score it with its baseline and sample its curves. A problem is a
// message naming the file and what is wrong, never a throw.
import type { DrillRecord, DrillScore, ReadContent } from '../sim/index.ts';
import { formatProblems, loadDrill, scoreRecord } from '../sim/index.ts';
import type { DrillSeries } from './drillSeries.ts';
import { drillSeries } from './drillSeries.ts';

export interface ScoreRequest { scenarioPath: string; record: DrillRecord }

export type ScoreReply = { ok: true; score: DrillScore; series: DrillSeries } | { ok: false; message: string };

export function scoreRequest(request: ScoreRequest, readContent: ReadContent): ScoreReply {
  const loaded = loadDrill(request.scenarioPath, readContent);
  if (!loaded.ok) return { ok: false, message: formatProblems(loaded.problems) };
  const drill = loaded.value;
  if (drill.scenario.id !== request.record.scenarioId) {
    return { ok: false, message: `${request.scenarioPath}: the record is of scenario ${request.record.scenarioId}, not ${drill.scenario.id}` };
  }
  return { ok: true, score: scoreRecord(drill, request.record), series: drillSeries(drill, request.record) };
}
