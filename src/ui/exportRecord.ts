// Saves the drill record as a JSON file the evaluators can keep, replay and score later. Loaded only when asked.
import type { DrillRecord, DrillScore } from '../sim/index.ts';

/** With a score, the file also carries it under `score`; `npm run score` still reads it as a record. */
export function exportRecord(record: DrillRecord, fileName: string, score?: DrillScore): void {
  const blob = new Blob([JSON.stringify(score ? { ...record, score } : record, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
