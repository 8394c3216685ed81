import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function ledger(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ledger.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const temp = (name: string) => join(mkdtempSync(join(tmpdir(), 'drillhall-ledger-')), name);

describe('npm run ledger', { timeout: 300_000 }, () => {
  it('exports the demo ledger as .xlsx, and checking the file passes', () => {
    const file = temp('demo.xlsx');
    expect(ledger('export', file).code).toBe(0);
    const check = ledger('check', file);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('36 hazards');
  });

  const fixtures = readdirSync('test/fixtures/ledger').filter((f) => /\.(xlsx|csv)$/.test(f)).sort();
  it('finds the twelve malformed fixtures', () => expect(fixtures).toHaveLength(12));

  it('exits 2 on every malformed ledger, naming the row and the column (or the file)', () => {
    for (const file of fixtures) {
      const run = ledger('check', `test/fixtures/ledger/${file}`);
      expect(run.code, file).toBe(2);
      expect(run.stderr, file).toMatch(new RegExp(`ledger/${file.replace('.', '\\.')}: (row \\d+, \\S+: |the file|not an|the sheet)`));
    }
  });

  it('exits 2 on a ledger of 100,000 rows, naming the row past the limit', () => {
    const csv = temp('big.csv');
    expect(ledger('export', csv).code).toBe(0);
    const [header, row] = readFileSync(csv, 'utf8').split('\r\n');
    writeFileSync(csv, [header, ...Array.from({ length: 100_000 }, (_, i) => row!.replace('YH-2026-001', `YH-${i}`))].join('\r\n'));
    const run = ledger('check', csv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('row 20002: a ledger holds at most 20000 hazards');
  });
});
