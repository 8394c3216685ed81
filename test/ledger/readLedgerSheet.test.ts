import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLedgerSheet } from '../../src/ledger/readLedgerSheet.ts';
import { writeLedgerCsv, writeLedgerXlsx } from '../../src/ledger/writeLedgerSheet.ts';
import { demoLedger } from '../support/demoLedger.ts';
import { demoLedgerNames } from '../support/ledgerSheetNames.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/ledger/${name}`));

describe('a ledger spreadsheet', { timeout: 60_000 }, () => {
  it('keeps every field of every hazard through .xlsx → ledger → .xlsx', async () => {
    const { items } = demoLedger().ledger;
    const first = await writeLedgerXlsx(items, demoLedgerNames());
    const read = await readLedgerSheet('demo.xlsx', first, demoLedgerNames());
    expect(read).toEqual({ ok: true, items });
    const again = await readLedgerSheet('again.xlsx', await writeLedgerXlsx(read.ok ? read.items : [], demoLedgerNames()), demoLedgerNames());
    expect(again).toEqual({ ok: true, items });
  });

  it('keeps every field through CSV too', async () => {
    const { items } = demoLedger().ledger;
    const csv = await writeLedgerCsv(items, demoLedgerNames());
    expect(await readLedgerSheet('demo.csv', new TextEncoder().encode(csv), demoLedgerNames())).toEqual({ ok: true, items });
  });

  const malformed: [file: string, row: number, column: string, problem: RegExp][] = [
    ['missing-column.xlsx', 1, '整改时限', /missing/],
    ['bad-date.xlsx', 5, '发现日期', /date/],
    ['unknown-domain.xlsx', 7, '排查领域', /unknown domain "环保"/],
    ['duplicate-id.xlsx', 10, '编号', /YH-2026-001 is already used in row 2/],
    ['formula.xlsx', 4, '整改资金（元）', /formula/],
    ['bad-level.xlsx', 3, '隐患等级', /unknown level "较大"/],
    ['unknown-place.xlsx', 8, '隐患地点', /unknown place "火星基地"/],
    ['unknown-status.csv', 3, '整改状态', /unknown status "已解决"/],
    ['bad-funds.csv', 2, '整改资金（元）', /number of yuan/],
  ];
  for (const [file, row, column, problem] of malformed) {
    it(`refuses ${file}, naming row ${row} and the column ${column}, and imports nothing`, async () => {
      const read = await readLedgerSheet(file, fixture(file), demoLedgerNames());
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.problems).toContainEqual({ row, column, problem: expect.stringMatching(problem) as string });
      expect('items' in read).toBe(false);
    });
  }

  for (const [file, problem] of [['empty.xlsx', /empty/], ['not-a-spreadsheet.xlsx', /not an \.xlsx spreadsheet/], ['header-only.xlsx', /no hazards/]] as const) {
    it(`refuses ${file} as a whole file`, async () => {
      const read = await readLedgerSheet(file, fixture(file), demoLedgerNames());
      expect(read).toEqual({ ok: false, problems: [{ row: 0, column: '', problem: expect.stringMatching(problem) as string }] });
    });
  }

  it('refuses a sheet of 100,000 rows, naming the first row past the limit, without checking each row', async () => {
    const csv = await writeLedgerCsv(demoLedger().ledger.items.slice(0, 1), demoLedgerNames());
    const [header, row] = csv.split('\r\n');
    const big = [header, ...Array.from({ length: 100_000 }, (_, i) => row!.replace('YH-2026-001', `YH-${i}`))].join('\r\n');
    const read = await readLedgerSheet('big.csv', new TextEncoder().encode(big), demoLedgerNames());
    expect(read).toEqual({ ok: false, problems: [{ row: 20_002, column: '', problem: expect.stringMatching(/at most 20000 hazards; this sheet has 100000 rows/) as string }] });
  });
});
