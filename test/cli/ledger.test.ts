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

function npmCli(script: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run drill -- … --ledger', { timeout: 300_000 }, () => {
  it('runs the drill with the open hazards where they lie, cites what each cost, and the saved record scores the same drill', () => {
    const record = temp('record.json');
    const run = npmCli('src/cli/drill.ts', 'scenarios/demo-market-gas-leak.json', '--ledger', 'scenarios/ledger/demo-township.json', '--json', '--save-record', record);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { hazards: { hazard: string; extraInjuredCount: number; extraDeadCount: number }[]; score: { total: number } };
    expect(out.hazards.map((h) => h.hazard)).toEqual(['YH-2026-020']);
    expect(out.hazards[0]!.extraDeadCount + out.hazards[0]!.extraInjuredCount).toBeGreaterThan(0);
    expect((JSON.parse(readFileSync(record, 'utf8')) as { hazards: { hazard: string }[] }).hazards[0]!.hazard).toBe('YH-2026-020');
    const plain = npmCli('src/cli/drill.ts', 'scenarios/demo-market-gas-leak.json', '--json');
    const scored = npmCli('src/cli/score.ts', record, '--json');
    expect(scored.code).toBe(0);
    expect(scored.stderr).toBe('');
    expect(JSON.parse(scored.stdout)).toEqual(out.score);
    expect(JSON.parse(plain.stdout)).not.toEqual(expect.objectContaining({ stateHash: (JSON.parse(run.stdout) as { stateHash: string }).stateHash }));
  });

  it('exits 2 naming the row when the ledger given is malformed', () => {
    const run = npmCli('src/cli/drill.ts', 'scenarios/demo-market-gas-leak.json', '--ledger', 'test/fixtures/ledger/bad-level.xlsx');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('row 3, 隐患等级');
  });
});

describe('npm run drill -- --from-ledger FILE --item NUMBER', { timeout: 300_000 }, () => {
  it('runs the template drill with its incident at the hazard, cites the item’s own cost, and the saved record scores the same drill', () => {
    const record = temp('record.json');
    const run = npmCli('src/cli/drill.ts', '--from-ledger', 'scenarios/ledger/demo-township.json', '--item', 'YH-2026-001', '--json', '--save-record', record);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { scenarioId: string; hazards: { hazard: string }[]; score: { total: number } };
    expect(out.scenarioId).toBe('demo-elder-home-fire');
    expect(out.hazards.map((h) => h.hazard)).toEqual(['YH-2026-001']);
    expect((JSON.parse(readFileSync(record, 'utf8')) as { placedAt: { place: string } }).placedAt.place).toBe('elder-home');
    const scored = npmCli('src/cli/score.ts', record, '--json');
    expect(scored.stderr).toBe('');
    expect(JSON.parse(scored.stdout)).toEqual(out.score);
  });

  it('drills the mine haul road’s hazard with the crash on the haul road, and the saved record scores the same drill', () => {
    const record = temp('record.json');
    const run = npmCli('src/cli/drill.ts', '--from-ledger', 'scenarios/ledger/demo-township.json', '--item', 'YH-2026-019', '--until', '40', '--json', '--save-record', record);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { hazards: { hazard: string }[]; score: { total: number } };
    expect(out.hazards.map((h) => h.hazard)).toEqual(['YH-2026-019']);
    expect((JSON.parse(readFileSync(record, 'utf8')) as { placedAt: { place: string; road: string } }).placedAt).toMatchObject({ place: 'road-mine', road: 'road-mine' });
    const scored = npmCli('src/cli/score.ts', record, '--json');
    expect(scored.stderr).toBe('');
    expect(JSON.parse(scored.stdout)).toEqual(out.score);
  });

  it('prints the haul-road drill’s feed naming the haul road: the incident and the 122 and 120 calls, never the S215 bend', () => {
    const run = npmCli('src/cli/drill.ts', '--from-ledger', 'scenarios/ledger/demo-township.json', '--item', 'YH-2026-019', '--until', '3');
    expect(run.code, run.stderr).toBe(0);
    const feed = run.stdout.split('\n').filter((line) => /^\d\d:\d\d:\d\d/.test(line));
    expect(feed).toContainEqual(expect.stringContaining('122转警：北山煤矿运输路一辆客车与货车相撞'));
    expect(feed).toContainEqual(expect.stringContaining('120求救：北山煤矿运输路客车翻车'));
    expect(feed).toContainEqual(expect.stringContaining('北山煤矿运输路客车货车相撞'));
    expect(feed.filter((line) => line.includes('鹰嘴弯'))).toEqual([]);
  });

  it('exits 2 saying in Chinese and English why a hazard cannot be drilled, naming it and its place by name, or when there is no such item', () => {
    const file = temp('ledger.csv');
    expect(ledger('export', file).code).toBe(0);
    const lines = readFileSync(file, 'utf8').split('\n').map((line) => (line.startsWith('YH-2026-019,') ? line.replace('北山煤矿运输路', '北山煤矿') : line));
    writeFileSync(file, lines.join('\n'));
    const mine = npmCli('src/cli/drill.ts', '--from-ledger', file, '--item', 'YH-2026-019');
    expect(mine.code, mine.stderr).toBe(2);
    expect(mine.stderr).toContain('隐患 YH-2026-019无法生成演练：“北山煤矿”周边 150 米内没有道路');
    expect(mine.stderr).toContain('Hazard YH-2026-019 cannot be drilled: there is no road within 150 m of “Beishan Coal Mine”');
    expect(mine.stderr).not.toContain('beishan-mine');
    const missing = npmCli('src/cli/drill.ts', '--from-ledger', 'scenarios/ledger/demo-township.json', '--item', 'YH-1999-999');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no hazard numbered "YH-1999-999"');
  });
});
