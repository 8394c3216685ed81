// CSV as spreadsheets read it: RFC 4180 quoting, CRLF rows, a UTF-8 byte-order mark so Excel shows Chinese, and
// a guard so scenario text beginning with = + - @ (or a tab or return) is never run as a formula.
export type CsvCell = string | number | boolean | null;

/** The byte-order mark Excel needs to read the file as UTF-8. */
export const utf8Bom = '\uFEFF';

const formulaStart = /^[=+\-@\t\r]/;

/**
 * One cell's text: a number as written, text that could start a formula prefixed with an apostrophe (OWASP's
 * advice), and the whole quoted when it holds a comma, a quote or a line break (quotes doubled).
 */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as one CSV text, each row ended by CRLF, starting with the byte-order mark. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return utf8Bom + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
