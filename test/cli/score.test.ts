import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (script: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('npm run score', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'drillhall-score-'));
  const recordPath = join(dir, 'record.json');

  it('scores a record saved by npm run drill, as the drill itself scored it', () => {
    const drill = run('drill', 'scenarios/demo-market-gas-leak.json', '--orders', 'scenarios/plans/demo-market-gas-leak.json', '--json', '--save-record', recordPath);
    expect(drill.code).toBe(0);
    const fromDrill = (JSON.parse(drill.stdout) as { score: { total: number } }).score;
    const scored = run('score', recordPath, '--json');
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout)).toEqual(fromDrill);
    expect(run('score', recordPath).stdout).toMatch(/^总分 \d+(\.\d)? \/ 100 · (优秀|良好|合格|不合格)/);
  });

  it('scores the sim’s replay, not events edited into the file, and says so', () => {
    const record = JSON.parse(readFileSync(recordPath, 'utf8')) as { events: unknown[] };
    record.events = [];
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify(record));
    const scored = run('score', edited, '--json');
    expect(scored.code).toBe(0);
    expect(scored.stderr).toMatch(/differ from the sim's replay/);
  });

  it('exits 2 naming the field of a malformed record', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, scenarioId: 'demo-market-gas-leak', seed: 's', timeCompression: 1, orders: [{ atS: 0, order: { type: 'evacuate' }, rejected: null }], events: [], endS: 10 }));
    const scored = run('score', bad);
    expect(scored.code).toBe(2);
    expect(scored.stderr).toMatch(/bad\.json: orders\.0\.order: the order is malformed/);
  });
});
