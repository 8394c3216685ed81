// Exports a finished drill as the evaluators ask: the record and score as JSON, events or scores as CSV, the
// evaluation report printed on A4 or saved as a .docx. Each builder, and the docx library, loads only when asked.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { FileExportKind } from '../../review/exportFileName.ts';
import { exportFileName, exportMimeTypes } from '../../review/exportFileName.ts';
import type { ReviewData } from '../../review/reviewData.ts';
import { downloadFile } from './downloadFile.ts';
import { inLocalTime } from './localTimestamp.ts';

export type ExportKind = FileExportKind | 'print';

/** What became of an export: the file handed to the browser (null for print), or why it failed, in words. */
export type ExportOutcome = { ok: true; fileName: string | null } | { ok: false; message: string };

async function fileContent(kind: FileExportKind, data: ReviewData, lang: Language): Promise<string | Uint8Array> {
  switch (kind) {
    case 'json': return (await import('../../review/drillExport.ts')).drillExportJson(data);
    case 'eventsCsv': return (await import('../../review/csv/eventsCsv.ts')).eventsCsv(data, lang);
    case 'scoresCsv': return (await import('../../review/csv/scoresCsv.ts')).scoresCsv(data, lang);
    case 'docx': {
      const [{ buildReport }, { reportDocxBytes }] = await Promise.all([import('../../review/report/buildReport.ts'), import('../../review/report/reportDocx.ts')]);
      return reportDocxBytes(buildReport(data, lang));
    }
  }
}

/** Downloads (or, for `print`, opens and prints) the export of `data` in `lang`; never throws. */
export async function exportAs(kind: ExportKind, data: ReviewData, lang: Language): Promise<ExportOutcome> {
  const local: ReviewData = { ...data, finishedAt: inLocalTime(data.finishedAt) };
  try {
    if (kind === 'print') {
      const [{ buildReport }, { openPrintView }] = await Promise.all([import('../../review/report/buildReport.ts'), import('./printView.ts')]);
      openPrintView(buildReport(local, lang));
      return { ok: true, fileName: null };
    }
    const fileName = exportFileName(kind, local.world.drill.scenario.id, local.finishedAt, lang);
    downloadFile(await fileContent(kind, local, lang), fileName, exportMimeTypes[kind]);
    return { ok: true, fileName };
  } catch (error) {
    return { ok: false, message: ui(lang, 'exports.failed', { reason: error instanceof Error ? error.message : String(error) }) };
  }
}
