// Writes hazard items as a ledger spreadsheet the township keeps: .xlsx through exceljs (header row frozen, columns
// sized) or CSV (UTF-8 with BOM so Excel reads the Chinese). Columns and names as ledgerColumns and ledgerNames give them.
import type { HazardItem } from '../sim/index.ts';
import { columnName, ledgerColumns } from './ledgerColumns.ts';
import type { LedgerNames } from './ledgerNames.ts';
import { itemToRow } from './ledgerRows.ts';

const header = () => ledgerColumns.map((c) => columnName(c));

/** The .xlsx file's bytes: one sheet 隐患台账, the header and one row per item. */
export async function writeLedgerXlsx(items: readonly HazardItem[], names: LedgerNames): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DrillHall';
  const sheet = workbook.addWorksheet('隐患台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header()).font = { bold: true };
  for (const item of items) sheet.addRow(itemToRow(item, names));
  sheet.columns.forEach((column, i) => { column.width = ['descriptionZh', 'measuresZh', 'descriptionEn', 'evidence'].includes(ledgerColumns[i] ?? '') ? 40 : 16; });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The CSV text, with a BOM for Excel. */
export async function writeLedgerCsv(items: readonly HazardItem[], names: LedgerNames): Promise<string> {
  const { default: Papa } = await import('papaparse');
  return `\uFEFF${Papa.unparse([header(), ...items.map((item) => itemToRow(item, names).map(String))])}\r\n`;
}
