// 不解决不销号 on the command line: `npm run ledger -- close` closes a hazard only with evidence and a verification
// drill of its factor that passed, scored here from the record's replay (a record's own claims count for nothing).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

function cli(script: 'ledger' | 'drill', ...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const folder = mkdtempSync(join(tmpdir(), 'drillhall-close-'));
const ledger = 'scenarios/ledger/demo-township.json';
const marketLeak = 'YH-2026-020';
const close = (...args: string[]) => cli('ledger', 'close', ledger, ...args);

describe('closing a hazard (销号) from the command line', { timeout: 300_000 }, () => {
  const passed = join(folder, 'market-plan.json');
  const idle = join(folder, 'market-idle.json');
  beforeAll(() => {
    expect(cli('drill', 'scenarios/demo-market-gas-leak.json', '--orders', 'scenarios/plans/demo-market-gas-leak.json', '--save-record', passed).code).toBe(0);
    expect(cli('drill', 'scenarios/demo-market-gas-leak.json', '--save-record', idle).code).toBe(0);
  }, 300_000); // two drills in child processes: several seconds each on a loaded machine

  it('closes the market’s gas hazard with its evidence and a passing gas-leak drill, and the written ledger says so', () => {
    const out = join(folder, 'closed.csv');
    const run = close('--item', marketLeak, '--evidence', '更换金属软管，验收合格', '--drill', passed, '--on', '2026-06-01', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/YH-2026-020 closed \(已销号\), verified by .*示范乡集贸市场餐馆液化气泄漏处置推演.* on 2026-06-01/);
    const row = readFileSync(out, 'utf8').split(/\r?\n/).find((line) => line.startsWith(marketLeak)) ?? '';
    expect(row).toContain('更换金属软管，验收合格');
    expect(row).toContain('2026-06-01');
    expect(cli('ledger', 'check', out).stdout).toContain('every row is fine');
  });

  it('keeps it open when the verification drill failed, however the record scores itself', () => {
    const forged = join(folder, 'forged.json');
    writeFileSync(forged, JSON.stringify({ ...JSON.parse(readFileSync(idle, 'utf8')), score: { total: 100, conclusion: 'excellent' } }));
    for (const record of [idle, forged]) {
      const run = close('--item', marketLeak, '--evidence', '验收', '--drill', record, '--on', '2026-06-01', '--out', join(folder, 'no.csv'));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('the verification drill failed (不合格)');
    }
  });

  it('keeps it open when the verification drill’s record eases its scenario with a hazard the township never declared', () => {
    const eased = join(folder, 'eased.json');
    const hazards = [{ hazard: marketLeak, effect: 'unlicensed-lpg-bank', incident: 'market-lpg-leak', changes: [{ field: 'releaseKgPerS', multiply: 0.01 }] }];
    writeFileSync(eased, JSON.stringify({ ...JSON.parse(readFileSync(passed, 'utf8')), hazards }));
    const run = close('--item', marketLeak, '--evidence', '验收', '--drill', eased, '--on', '2026-06-01', '--out', join(folder, 'no.csv'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('changes its scenario in a way the declared hazard effects');
  });

  it('keeps it open without evidence, without a drill, or with a drill of another factor', () => {
    const out = join(folder, 'no.csv');
    expect(close('--item', marketLeak, '--drill', passed, '--on', '2026-06-01', '--out', out).stderr).toContain('no evidence of the rectification');
    expect(close('--item', marketLeak, '--evidence', '验收', '--on', '2026-06-01', '--out', out).stderr).toContain('no verification drill');
    const fire = close('--item', 'YH-2026-001', '--evidence', '验收', '--drill', passed, '--on', '2026-06-01', '--out', out);
    expect(fire.code).toBe(2);
    expect(fire.stderr).toContain('no incident of the hazard\'s factor');
  });

  it('names an unknown hazard, a day that is no date, and a drill run before the hazard was found', () => {
    const out = join(folder, 'no.csv');
    expect(close('--item', 'YH-1999-999', '--evidence', 'x', '--drill', passed, '--out', out).stderr).toContain('no hazard numbered "YH-1999-999"');
    expect(close('--item', marketLeak, '--evidence', 'x', '--drill', passed, '--on', '2026-02-30', '--out', out).stderr).toContain('--on: the day of the verification drill');
    expect(close('--item', marketLeak, '--evidence', 'x', '--drill', passed, '--on', '2026-01-01', '--out', out).stderr).toContain('run before the hazard was found');
  });
});
