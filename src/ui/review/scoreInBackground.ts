// Scores a finished drill in a module Web Worker, so the page stays responsive while the baseline runs. The
// promise rejects with a readable message when the worker cannot start, crashes or reports a failure.
import type { DrillRecord } from '../../sim/index.ts';
import type { ScoredDrill, ScoreReply, ScoreRequest } from './scoreMessages.ts';

export function scoreInBackground(scenarioPath: string, record: DrillRecord, fromOrders = false): { result: Promise<ScoredDrill>; cancel(): void } {
  let worker: Worker | null = null;
  const result = new Promise<ScoredDrill>((resolve, reject) => {
    try {
      worker = new Worker(new URL('./scoreWorker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(new Error(`the scoring worker could not start (${error instanceof Error ? error.message : String(error)})`));
      return;
    }
    const done = () => worker?.terminate();
    worker.addEventListener('message', (event: MessageEvent<ScoreReply>) => {
      done();
      if (event.data.ok) resolve(event.data);
      else reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => {
      done();
      reject(new Error(event.message || 'the scoring worker stopped'));
    });
    const request: ScoreRequest = { scenarioPath, record, fromOrders };
    worker.postMessage(request);
  });
  return { result, cancel: () => worker?.terminate() };
}
