// Exports a trainee's attempts from the page: each scored again from its record in the scoring worker, written as one
// rehearsals file the facilitator imports in the rehearsal log, and downloaded. Says, in the reader's language, what
// was exported and which attempts were not and why. It never throws.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { wallClockOf } from '../../review/wallClock.ts';
import type { ScoreReply, ScoreRequest } from '../../review/scoreRequest.ts';
import type { AttemptProblem, MicroDrillFile } from '../../training/trainingExport.ts';
import { trainingExport } from '../../training/trainingExport.ts';
import type { TrainingAttempt } from '../../training/trainingAttempt.ts';
import { microDrillCatalog } from '../app/scenarioCatalog.ts';
import { downloadFile } from '../export/downloadFile.ts';
import { inLocalTime } from '../export/localTimestamp.ts';
import { scoreInBackground } from '../review/scoreInBackground.ts';

/** What the export uses from the page; tests give their own. */
export interface ExportDeps {
  drillOf: (scenarioId: string) => MicroDrillFile | undefined;
  score: (request: ScoreRequest) => Promise<ScoreReply>;
  download: (text: string, fileName: string) => void;
  nowIso: () => string;
}

/** The page's own: the bundled micro-drills, the scoring worker, the browser's download, the wall clock. */
export function pageExportDeps(): ExportDeps {
  const drills = microDrillCatalog();
  return {
    drillOf: (scenarioId) => {
      const entry = drills.find((d) => d.id === scenarioId);
      return entry?.scenario ? { path: entry.path, titleZh: entry.scenario.titleZh, titleEn: entry.scenario.titleEn } : undefined;
    },
    score: (request) => scoreInBackground(request.scenarioPath, request.record, request.fromOrders).result,
    download: (text, fileName) => downloadFile(text, fileName, 'application/json'),
    nowIso: () => inLocalTime(new Date().toISOString()),
  };
}

function skippedLine(lang: Language, problem: AttemptProblem, deps: ExportDeps): string {
  const { date, time } = wallClockOf(inLocalTime(problem.finishedAtIso));
  const drill = deps.drillOf(problem.scenarioId);
  const title = drill ? (lang === 'zh' ? drill.titleZh : drill.titleEn) : '';
  return ui(lang, `progress.skipped.${problem.kind}`, { title, time: `${date} ${time}`, detail: problem.detail });
}

/** The file's name: what it is, the trainee and when, without characters a file name may not hold. */
export function trainingFileName(lang: Language, trainee: string, nowIso: string): string {
  return `${ui(lang, 'progress.file')}-${trainee}-${wallClockOf(nowIso).stamp}.json`.replace(/[\\/:*?"<>|\s]+/g, '_');
}

/** Exports `attempts` under the trainee's name; resolves with the lines to show (what went, what did not and why). */
export async function exportTraining(lang: Language, attempts: readonly TrainingAttempt[], trainee: string, deps: ExportDeps = pageExportDeps()): Promise<string[]> {
  if (attempts.length === 0) return [ui(lang, 'progress.nothing')];
  const exportedAt = deps.nowIso();
  const result = await trainingExport(attempts, { trainee, exportedAt, drillOf: deps.drillOf, score: deps.score });
  if (result.count > 0) deps.download(result.text, trainingFileName(lang, trainee, exportedAt));
  const skipped = result.problems.map((p) => skippedLine(lang, p, deps));
  return result.count > 0 ? [ui(lang, 'progress.exported', { count: result.count }), ...skipped] : skipped;
}
