import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function drill(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/drill.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const leak = 'scenarios/demo-market-gas-leak.json';

describe('npm run drill --doctrine', { timeout: 120_000 }, () => {
  it('plays every team when given alone, and prints the score with the orders by their teams', () => {
    const { code, stdout } = drill(leak, '--doctrine', '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { orderCount: number; score: { total: number; vetoes: unknown[] }; incidents: { phaseHistory: { phase: string }[] }[] };
    expect(out.orderCount).toBeGreaterThan(10);
    expect(out.score.total).toBeGreaterThanOrEqual(60);
    expect(out.score.vetoes).toEqual([]);
  });

  it('plays only the teams named, and their orders are in the saved record by those teams', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'doctrine-')), 'record.json');
    const { code } = drill(leak, '--doctrine', 'paichusuo,gongdiansuo', '--until', '30', '--save-record', file);
    expect(code).toBe(0);
    const record = JSON.parse(readFileSync(file, 'utf8')) as { orders: { order: { by: string } }[] };
    expect(new Set(record.orders.map((o) => o.order.by))).toEqual(new Set(['paichusuo']));
  });

  it('ends its words with the score', () => {
    const { code, stdout } = drill(leak, '--doctrine', 'all', '--until', '30', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\nScore \d+(\.\d)? \/ 100 · (excellent|good|pass|fail)\n/);
  });

  it('exits 2 naming a team the scenario does not have', () => {
    const { code, stderr } = drill(leak, '--doctrine', 'paichusuo,atlantis');
    expect(code).toBe(2);
    expect(stderr).toContain('"atlantis"');
  });
});
