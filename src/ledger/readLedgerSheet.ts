// Reads a ledger spreadsheet (.xlsx or CSV) into hazard items: the header names the columns, every row is checked,
// numbers may not repeat, and if any row has a problem nothing is imported. Each problem names its row and column.
import type { HazardItem } from '../sim/index.ts';
import type { LedgerColumn } from './ledgerColumns.ts';
import { columnName, columnOfHeader, ledgerColumns, optionalColumns } from './ledgerColumns.ts';
import type { LedgerNames } from './ledgerNames.ts';
import type { CellValue, RowProblem } from './ledgerRows.ts';
import { rowToItem } from './ledgerRows.ts';
import { maxLedgerRows, readGrid } from './sheetCells.ts';

export type SheetRead = { ok: true; items: HazardItem[] } | { ok: false; problems: RowProblem[] };

/** Row 0 is the file as a whole. */
const fileProblem = (problem: string): SheetRead => ({ ok: false, problems: [{ row: 0, column: '', problem }] });

/** Which column each header cell holds; problems for unknown, repeated and missing columns. */
function headerColumns(cells: readonly CellValue[]): { columns: (LedgerColumn | null)[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const columns = cells.map((cell) => {
    const text = typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '';
    if (text.trim() === '') return null;
    const column = columnOfHeader(text);
    if (column === null) problems.push({ row: 1, column: text, problem: 'not a column of the hazard ledger' });
    return column;
  });
  for (const column of ledgerColumns) {
    const count = columns.filter((c) => c === column).length;
    if (count === 0 && !optionalColumns.includes(column)) problems.push({ row: 1, column: columnName(column), problem: 'the column is missing' });
    if (count > 1) problems.push({ row: 1, column: columnName(column), problem: 'the column appears twice' });
  }
  return { columns, problems };
}

/** Every item of the sheet, or every problem found (file, header, rows, repeated numbers), in row order. */
export async function readLedgerSheet(fileName: string, bytes: Uint8Array, names: LedgerNames): Promise<SheetRead> {
  const grid = await readGrid(fileName, bytes);
  if (!grid.ok) return fileProblem(grid.problem);
  if (grid.rowCount - 1 > maxLedgerRows) {
    return { ok: false, problems: [{ row: maxLedgerRows + 2, column: '', problem: `a ledger holds at most ${maxLedgerRows} hazards; this sheet has ${grid.rowCount - 1} rows below its header` }] };
  }
  const [header, ...data] = grid.rows;
  if (!header || header.row !== 1) return fileProblem('the first row must be the header naming the columns');
  const { columns, problems } = headerColumns(header.cells);
  if (problems.length > 0) return { ok: false, problems };
  if (data.length === 0) return fileProblem('the sheet has a header but no hazards');
  const items: HazardItem[] = [];
  const rowOfNumber = new Map<string, number>();
  for (const { row, cells } of data) {
    const byColumn = new Map<LedgerColumn, CellValue>();
    columns.forEach((column, i) => { if (column) byColumn.set(column, cells[i] ?? null); });
    const read = rowToItem(row, byColumn, names);
    if (!read.ok) { problems.push(...read.problems); continue; }
    const first = rowOfNumber.get(read.item.id);
    if (first !== undefined) problems.push({ row, column: columnName('id'), problem: `the number ${read.item.id} is already used in row ${first}` });
    else rowOfNumber.set(read.item.id, row);
    items.push(read.item);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, items };
}

/** One line per problem, at most `limit` lines and a count of the rest: `FILE: row 5, 发现日期: …`. */
export function sheetProblemLines(fileName: string, problems: readonly RowProblem[], limit = 200): string[] {
  const lines = problems.slice(0, limit).map((p) => (p.row === 0 ? `${fileName}: ${p.problem}` : `${fileName}: row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.problem}`));
  if (problems.length > limit) lines.push(`${fileName}: … and ${problems.length - limit} more problems`);
  return lines;
}
