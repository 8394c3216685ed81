// The record and score of a finished drill as one JSON file for the archive: `npm run score` reads it back (it
// replays the record's orders and scores them afresh; the score kept here is what the hall saw).
import type { DrillRecord, DrillScore } from '../sim/index.ts';
import type { ReviewData } from './reviewData.ts';

/** Marks a file as this export, so readers can tell it from a bare drill record. */
export const drillExportKind = 'drillhall.drillExport';

export interface DrillExport {
  schemaVersion: 1;
  kind: typeof drillExportKind;
  scenarioId: string;
  scenarioTitle: { zh: string; en: string };
  finishedAt: string;
  mode: ReviewData['mode'];
  team: string | null;
  record: DrillRecord;
  score: DrillScore;
}

export function drillExport(data: ReviewData): DrillExport {
  const { scenario } = data.world.drill;
  return {
    schemaVersion: 1, kind: drillExportKind, scenarioId: scenario.id, scenarioTitle: { zh: scenario.titleZh, en: scenario.titleEn },
    finishedAt: data.finishedAt, mode: data.mode, team: data.team, record: data.record, score: data.score,
  };
}

/** The export as indented JSON text, ending with a newline. */
export function drillExportJson(data: ReviewData): string {
  return `${JSON.stringify(drillExport(data), null, 2)}\n`;
}
