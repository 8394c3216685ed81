import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../../src/review/csv/csvText.ts';
import { parseCsv } from '../../support/parseCsv.ts';

describe('csv text', () => {
  it('starts with a byte-order mark so Excel reads the Chinese as UTF-8, and ends every row with CRLF', () => {
    const text = csvText([['事件', '时间'], ['火灾', 60]]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1)).toBe('事件,时间\r\n火灾,60\r\n');
  });

  it('quotes cells with commas, quotes or line breaks and doubles the quotes inside', () => {
    expect(csvCell('甲,乙')).toBe('"甲,乙"');
    expect(csvCell('他说"快跑"')).toBe('"他说""快跑"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('keeps text that would start a formula from running as one, whatever its first character', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('a=1')).toBe('a=1');
  });

  it('writes numbers as numbers, even negative ones, and null as an empty cell', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(null)).toBe('');
  });

  it('reads back cell for cell through an RFC 4180 reader', () => {
    const rows = [['a,b', 'c"d', 'e\r\nf'], ['', '中文', '=x']];
    expect(parseCsv(csvText(rows).slice(1))).toEqual([['a,b', 'c"d', 'e\r\nf'], ['', '中文', "'=x"]]);
  });
});
