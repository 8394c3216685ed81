// How the rehearsal screen judges an imported entry again: its record goes to the scoring worker (which holds the
// reference plans) to be scored from its orders on the bundled scenario of the same id.
import type { Rescore } from '../../rehearsals/rescoreEntries.ts';
import { rescoreWith } from '../../rehearsals/rescoreEntries.ts';
import { scoreInBackground } from '../review/scoreInBackground.ts';

export function rescoreInWorker(catalog: readonly { readonly id: string; readonly path: string }[]): Rescore {
  return rescoreWith(
    (request) => scoreInBackground(request.scenarioPath, request.record, request.fromOrders).result,
    (scenarioId) => catalog.find((entry) => entry.id === scenarioId)?.path,
  );
}
