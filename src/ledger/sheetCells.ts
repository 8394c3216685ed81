// The grid of cells in a spreadsheet file, as the ledger reads it: .xlsx through exceljs (loaded only when a sheet
// is read or written, so the first page load does not carry it) and CSV through papaparse. Formulas are kept as
// formulas, never evaluated; dates become YYYY-MM-DD text.
import type { CellValue } from './ledgerRows.ts';

export type Grid = { ok: true; rows: { row: number; cells: CellValue[] }[]; rowCount: number } | { ok: false; problem: string };

/** The most data rows a ledger sheet may hold; a larger file is refused before its rows are read. */
export const maxLedgerRows = 20_000;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** One exceljs cell value as the ledger sees it. */
function cellOf(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    const v = value as { formula?: string; sharedFormula?: string; richText?: { text: string }[]; text?: unknown; error?: string };
    if (v.formula !== undefined || v.sharedFormula !== undefined) return { formula: v.formula ?? v.sharedFormula ?? '' };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (typeof v.text === 'string') return v.text;
    if (v.error !== undefined) return String(v.error);
  }
  return JSON.stringify(value) ?? null;
}

async function xlsxGrid(bytes: Uint8Array): Promise<Grid> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    return { ok: false, problem: `not an .xlsx spreadsheet (${e instanceof Error ? e.message : String(e)})` };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) return { ok: false, problem: 'the spreadsheet has no rows: it needs a header row and one row per hazard' };
  if (sheet.rowCount - 1 > maxLedgerRows) return { ok: true, rows: [], rowCount: sheet.rowCount };
  const rows: { row: number; cells: CellValue[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, number) => {
    const values = Array.isArray(r.values) ? r.values.slice(1) : [];
    rows.push({ row: number, cells: Array.from(values, cellOf) });
  });
  return { ok: true, rows, rowCount: sheet.rowCount };
}

async function csvGrid(bytes: Uint8Array): Promise<Grid> {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) return { ok: false, problem: 'not a CSV text file (it holds binary data)' };
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  if (parsed.data.length === 0) return { ok: false, problem: 'the file has no rows: it needs a header row and one row per hazard' };
  if (parsed.data.length - 1 > maxLedgerRows) return { ok: true, rows: [], rowCount: parsed.data.length };
  const rows = parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map((c): CellValue => (c.startsWith('=') ? { formula: c.slice(1) } : c === '' ? null : c)) }));
  return { ok: true, rows, rowCount: rows.length };
}

/** The cells of the first sheet of an .xlsx file, or of a .csv file (by its name), or why it cannot be read. */
export async function readGrid(fileName: string, bytes: Uint8Array): Promise<Grid> {
  if (bytes.length === 0) return { ok: false, problem: 'the file is empty' };
  return fileName.toLowerCase().endsWith('.csv') ? csvGrid(bytes) : xlsxGrid(bytes);
}
