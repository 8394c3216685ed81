// The file name of each export: `<scenario-id>-<YYYYMMDD-HHmm>-<what>.<ext>`, stamped with the wall clock the
// drill finished at, and the "what" in the chosen language (评估报告 / evaluation-report).
import type { Language } from '../i18n/translate.ts';
import { ui } from '../i18n/ui/uiText.ts';
import { wallClockOf } from './wallClock.ts';

export type FileExportKind = 'json' | 'eventsCsv' | 'scoresCsv' | 'docx';

const extensions: Record<FileExportKind, string> = { json: 'json', eventsCsv: 'csv', scoresCsv: 'csv', docx: 'docx' };

/** MIME types the browser is given with each download. */
export const exportMimeTypes: Record<FileExportKind, string> = {
  json: 'application/json',
  eventsCsv: 'text/csv;charset=utf-8',
  scoresCsv: 'text/csv;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function exportFileName(kind: FileExportKind, scenarioId: string, finishedAt: string, lang: Language): string {
  return `${scenarioId}-${wallClockOf(finishedAt).stamp}-${ui(lang, `exports.file.${kind}`)}.${extensions[kind]}`;
}
