// The annual safety assessment export of the coverage board: .xlsx (veto items filled red, header frozen) or CSV.
import type { Language } from '../i18n/translate.ts';
import type { CoverageBoard } from './coverageBoard.ts';
import type { BoardNames } from './coverageText.ts';
import { assessmentRows } from './coverageText.ts';

export async function writeAssessmentXlsx(lang: Language, board: CoverageBoard, names: BoardNames): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(lang === 'zh' ? `${board.today.slice(0, 4)}年度演练考核` : `Assessment ${board.today.slice(0, 4)}`, { views: [{ state: 'frozen', ySplit: 1 }] });
  const [header, ...rows] = assessmentRows(lang, board, names);
  sheet.addRow(header ?? []).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row);
    if (row[row.length - 1] !== '') added.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4CCCC' } };
  }
  sheet.columns.forEach((c) => { c.width = 18; });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function writeAssessmentCsv(lang: Language, board: CoverageBoard, names: BoardNames): Promise<string> {
  const { default: Papa } = await import('papaparse');
  return `\uFEFF${Papa.unparse(assessmentRows(lang, board, names))}\r\n`;
}
