import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function drill(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/drill.ts', ...args], { encoding: 'utf8', timeout: 90_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const microDrill = 'scenarios/training/reporter-grass-fire-shangling.json';
const plan = 'scenarios/training/plans/reporter-grass-fire-shangling.json';

interface RoleJson {
  score: { total: number; conclusion: string; vetoes: { veto: string }[]; role: { team: string; duties: { item: string; verdict: string }[] } };
  role: { team: string; passed: boolean; total: number; why: string[] };
}

describe('npm run drill -- <micro-drill> --role TEAM', { timeout: 120_000 }, () => {
  it('fails a trainee who gives no order, and says why in words', () => {
    const { code, stdout } = drill(microDrill, '--role', 'shangling', '--json', '--lang', 'en');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as RoleJson;
    expect(out.role).toMatchObject({ team: 'shangling', passed: false });
    expect(out.role.why.join('\n')).toContain('Shangling Village gave no order');
    expect(out.role.why.join('\n')).toContain('phone the township command post — not done');
    expect(out.role.why.join('\n')).toContain('One-vote veto: concealment');
    expect(out.role.why.join('\n')).not.toContain('shangling');
  });

  it('passes the trainee under the reference plan, with the doctrine’s orders in the record under their own teams', () => {
    const folder = mkdtempSync(join(tmpdir(), 'drillhall-role-'));
    const { code, stdout } = drill(microDrill, '--role', 'shangling', '--orders', plan, '--json', '--save-record', join(folder, 'record.json'));
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as RoleJson;
    expect(out.role).toMatchObject({ team: 'shangling', passed: true, total: 100 });
    expect(out.score.role.duties.every((d) => d.verdict === 'onTime')).toBe(true);
    const record = JSON.parse(readFileSync(join(folder, 'record.json'), 'utf8')) as { orders: { order: { by: string } }[] };
    const teams = new Set(record.orders.map((o) => o.order.by));
    expect(teams).toContain('shangling');
    expect(teams).toContain('linchaozhan');
    expect(teams).toContain('command-post');
  });

  it('exits 2 naming a role the drill does not have', () => {
    const { code, stderr } = drill(microDrill, '--role', 'atlantis', '--json');
    expect(code).toBe(2);
    expect(stderr).toContain('--role: no team "atlantis"');
  });

  it('exits 2 when the orders file gives another team’s order: the computer plays the other teams', () => {
    const folder = mkdtempSync(join(tmpdir(), 'drillhall-role-'));
    const orders = join(folder, 'orders.json');
    writeFileSync(orders, JSON.stringify([{ atS: 60, order: { type: 'setResponseLevel', by: 'command-post', level: 'IV' } }]));
    const { code, stderr } = drill(microDrill, '--role', 'shangling', '--orders', orders);
    expect(code).toBe(2);
    expect(stderr).toContain('order 1 is given by "command-post", not by the role "shangling"');
  });
});
