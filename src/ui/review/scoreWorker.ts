// The review's scoring, off the page's thread: loads the drill from the bundled content, scores the record with
// its no-response baseline and samples the curves, and posts the result (or a plain message saying what failed).
import { drillSeries } from '../../review/drillSeries.ts';
import { formatProblems, loadDrill, scoreRecord } from '../../sim/index.ts';
import { readContent } from '../app/scenarioCatalog.ts';
import type { ScoreReply, ScoreRequest } from './scoreMessages.ts';

// The DOM typings describe a window; in a dedicated worker `self` posts to the page that started it.
const scope = self as unknown as { postMessage(message: ScoreReply): void; addEventListener(type: 'message', listener: (event: MessageEvent<ScoreRequest>) => void): void };

function score(request: ScoreRequest): ScoreReply {
  const loaded = loadDrill(request.scenarioPath, readContent);
  if (!loaded.ok) return { ok: false, message: formatProblems(loaded.problems) };
  if (loaded.value.scenario.id !== request.record.scenarioId) {
    return { ok: false, message: `${request.scenarioPath}: the record is of scenario ${request.record.scenarioId}, not ${loaded.value.scenario.id}` };
  }
  return { ok: true, score: scoreRecord(loaded.value, request.record), series: drillSeries(loaded.value, request.record) };
}

scope.addEventListener('message', (event) => {
  try {
    scope.postMessage(score(event.data));
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
