// Benchmark: reading a ledger spreadsheet grows linearly with its rows (issue #14: "in time linear in the rows").
// Valid ledgers of 5,000, 10,000 and 20,000 rows (the most a ledger holds) as CSV and .xlsx, a CSV whose every row
// has a bad date, and files of 100,000 and 200,000 rows, refused as too long once they are parsed. Each is read by
// readLedgerSheet (parse, check every row and number), the median of a few runs; reported in ms and rows per second,
// with each kind's ratio of time per row between its largest and its smallest file (1.0 is linear).
import type { HazardItem } from '../../sim/index.ts';
import type { LedgerNames } from '../../ledger/ledgerNames.ts';
import { readLedgerSheet } from '../../ledger/readLedgerSheet.ts';
import { writeLedgerCsv, writeLedgerXlsx } from '../../ledger/writeLedgerSheet.ts';
import { demoLedgerPath, readLedgerInput } from '../ledgerInput.ts';

const runs = Number(process.env.BENCH_LEDGER_RUNS ?? 3);

/** `count` items cycling over the demo ledger's, each numbered apart. */
function manyItems(items: readonly HazardItem[], count: number): HazardItem[] {
  return Array.from({ length: count }, (_, n) => ({ ...items[n % items.length]!, id: `YH-B-${String(n + 1).padStart(6, '0')}` }));
}

async function medianMs(name: string, bytes: Uint8Array, names: LedgerNames, expectOk: boolean): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < Math.max(1, runs); r += 1) {
    const started = performance.now();
    const read = await readLedgerSheet(name, bytes, names);
    times.push(performance.now() - started);
    if (read.ok !== expectOk) throw new Error(`${name}: expected ${expectOk ? 'to read' : 'to be refused'}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

type Kind = 'validCsv' | 'validXlsx' | 'badDateEveryRowCsv' | 'tooLongCsv';

export async function ledgerBench(): Promise<unknown> {
  const { items, names } = await readLedgerInput(demoLedgerPath);
  const sizes: Record<Kind, number[]> = { validCsv: [5_000, 10_000, 20_000], validXlsx: [5_000, 10_000, 20_000], badDateEveryRowCsv: [5_000, 10_000, 20_000], tooLongCsv: [100_000, 200_000] };
  const result: Record<string, unknown> = { runs };
  for (const [kind, rowCounts] of Object.entries(sizes) as [Kind, number[]][]) {
    const rows: { rows: number; ms: number; rowsPerSecond: number }[] = [];
    for (const count of rowCounts) {
      const many = manyItems(items, count);
      const bytes = kind === 'validXlsx' ? await writeLedgerXlsx(many, names)
        : new TextEncoder().encode(kind === 'badDateEveryRowCsv' ? (await writeLedgerCsv(many, names)).replace(/,2026-(\d\d)-(\d\d),/g, ',2026-$1-$2x,') : await writeLedgerCsv(many, names));
      const ms = await medianMs(`${kind}.${kind === 'validXlsx' ? 'xlsx' : 'csv'}`, bytes, names, kind === 'validCsv' || kind === 'validXlsx');
      rows.push({ rows: count, ms: Math.round(ms), rowsPerSecond: Math.round(count / (ms / 1000)) });
    }
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    result[kind] = { sizes: rows, timePerRowRatioLargestToSmallest: Number(((last.ms / last.rows) / (first.ms / first.rows)).toFixed(2)) };
  }
  return result;
}
