// Saves the drill record as a JSON file the evaluators can keep, replay and score later. Loaded only when asked.
import type { DrillRecord } from '../sim/index.ts';
import { downloadFile } from './export/downloadFile.ts';

export function exportRecord(record: DrillRecord, fileName: string): void {
  downloadFile(JSON.stringify(record, null, 2), fileName, 'application/json');
}
