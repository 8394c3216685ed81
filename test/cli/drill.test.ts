import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim/index.ts';
import { runDemoPlan } from '../support/demoPlan.ts';

function drill(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/drill.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scenario = 'scenarios/demo-flood-transfer.json';
const plan = 'scenarios/plans/demo-flood-transfer.json';

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'drillhall-')), name);
  writeFileSync(path, text);
  return path;
}

describe('npm run drill', { timeout: 60_000 }, () => {
  it('prints one JSON object with the run’s identity, hash and counts', () => {
    const { code, stdout } = drill(scenario, '--orders', plan, '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ scenarioId: 'demo-flood-transfer', seed: 'shifan-2026-flood', simSeconds: 7200, evacuatedCount: 3280, injuredCount: 0, deadCount: 0 });
    expect(out.stateHash).toBe(stateHash(runDemoPlan().sim.snapshot()));
    expect(out.eventCount).toBe(runDemoPlan().sim.record().events.length);
  });

  it('runs to the given minute and with the given seed', () => {
    const out = JSON.parse(drill(scenario, '--orders', plan, '--until', '30', '--seed', 'other', '--json').stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ simSeconds: 1800, seed: 'other' });
    expect(out.stateHash).toBe(stateHash(runDemoPlan({ seed: 'other', untilS: 1800 }).sim.snapshot()));
  });

  it('tells what happened, by scenario clock, in Chinese or English', () => {
    const zh = drill(scenario, '--orders', plan, '--until', '10');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('17:02:00  河滩村下令河滩村群众转移至中心学校操场');
    expect(drill(scenario, '--orders', plan, '--until', '10', '--lang', 'en').stdout).toContain('17:01:00  township command post set the response to level IV');
  });

  it('prints refused orders with their reason and carries on', () => {
    const orders = tempFile('orders.json', JSON.stringify([{ atS: 5, order: { type: 'dispatchUnit', by: 'xicun', unit: 'hetan-militia', to: { place: 'xicun' } } }]));
    const { code, stdout } = drill(scenario, '--orders', orders, '--until', '1', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('17:00:05  ✗ Xicun Village: Hetan militia flood squad is not under Xicun Village');
  });

  it('exits 2 with the file, field and problem for a bad scenario', () => {
    const bad = tempFile('bad.json', '{"schemaVersion": 1, "id": "Bad Id"}');
    const { code, stderr, stdout } = drill(bad);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/bad\.json: id: must be a lower-case id/);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('exits 2 naming the order for a malformed orders file', () => {
    const orders = tempFile('orders.json', JSON.stringify([{ atS: 0, order: { type: 'evacuate', by: 'hetan' } }]));
    const { code, stderr } = drill(scenario, '--orders', orders);
    expect(code).toBe(2);
    expect(stderr).toMatch(/orders\.json: 0\.order: the order is malformed: .*shelter/);
  });

  it('exits 2 with the usage when the arguments are wrong', () => {
    expect(drill().code).toBe(2);
    expect(drill(scenario, '--speed', '3').stderr).toMatch(/usage: npm run drill/);
    expect(drill(scenario, '--until=-5').stderr).toMatch(/--until: must be minutes/);
  });
});
