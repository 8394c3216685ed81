import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deeplyNestedRecord, hostileFolder, hugeFile, linkToSecret, manyIncidents, recordWith, tenHugeCrowds } from '../support/hostileFiles.ts';

const run = (script: 'drill' | 'score', ...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const scenario = 'scenarios/demo-market-gas-leak.json';
const noStack = /at .*\.ts:\d+|internal error/;

/** Exit 2, the message on stderr, nothing on stdout and no stack trace. */
function expectBadInput(result: ReturnType<typeof run>, message: RegExp): void {
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(noStack);
  expect(result.code).toBe(2);
}

describe('hostile files given to npm run drill and npm run score', { timeout: 120_000 }, () => {
  const folder = hostileFolder();

  it.each(['constructor', '__proto__', 'toString'])('names a roster vehicle "%s" that is no vehicle of the roster', (name) => {
    const path = folder.roster((roster) => { (roster.units as { vehicle: string }[])[0]!.vehicle = name; });
    expectBadInput(run('drill', path, '--until', '1'), new RegExp(`demo-township\\.json: units\\.0\\.vehicle: no vehicle "${name}" in vehicles`));
  });

  it('refuses a record nested 10,000 deep as too deep, without overflowing the stack', () => {
    const path = folder.file('deep.json', deeplyNestedRecord(10_000));
    expectBadInput(run('score', path), /deep\.json: nested more than \d+ levels deep/);
  });

  it('names a --save-record into a missing folder and onto a full disk', () => {
    const missing = join(folder.dir, 'no-such-folder', 'record.json');
    expectBadInput(run('drill', scenario, '--until', '1', '--save-record', missing), /--save-record: .*no-such-folder.*: no such folder/);
    expectBadInput(run('drill', scenario, '--until', '1', '--save-record', '/dev/full'), /--save-record: \/dev\/full: the disk is full/);
  });

  it.each([['1e15', 1e15], ['ten years', 10 * 365 * 86_400]])('refuses a record whose end (%s) lies past the scenario’s duration', (_, endS) => {
    const path = folder.file('late-end.json', recordWith({ endS }));
    expectBadInput(run('score', path, '--scenario', scenario), /late-end\.json: endS: .*after the drill ends \(7200 s\)/);
  });

  it('refuses 8,000 incidents as more than a drill can hold', () => {
    const path = folder.scenario('many-incidents.json', (s) => manyIncidents(s, 8000));
    expectBadInput(run('drill', path), /many-incidents\.json: incidents: .*at most \d+/);
  });

  it('refuses ten 10,000-agent crowds at a 0.01 s step as too costly to run', () => {
    const path = folder.scenario('crowds.json', tenHugeCrowds);
    expectBadInput(run('drill', path), /crowds\.json: incidents: the crowds together .* agent-steps per sim second/);
  });

  it('names a GBK file and an invalid UTF-8 file instead of running with garbled names', () => {
    expectBadInput(run('drill', scenario, '--orders', 'test/fixtures/hostile/orders-gbk.json'), /orders-gbk\.json: the file is in GBK.*UTF-8/);
    expectBadInput(run('drill', scenario, '--orders', 'test/fixtures/hostile/orders-invalid-utf8.json'), /orders-invalid-utf8\.json: not UTF-8 text \(invalid byte at offset \d+\)/);
  });

  it('accepts a file that starts with a UTF-8 byte-order mark', () => {
    const plan = folder.file('plan-bom.json', `\ufeff${readFileSync('scenarios/plans/demo-market-gas-leak.json', 'utf8')}`);
    const result = run('drill', scenario, '--orders', plan, '--until', '5', '--json');
    expect(result.stderr).not.toMatch(/JSON|UTF-8|internal error/);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ scenarioId: 'demo-market-gas-leak', simSeconds: 300 });
  });

  it('never follows a symbolic link nor quotes what it points at', () => {
    const { link, secret } = linkToSecret(folder.dir);
    const result = run('drill', scenario, '--orders', link);
    expectBadInput(result, /linked\.json: a symbolic link/);
    expect(result.stderr).not.toContain(secret.slice(0, 4));
  });

  it('never quotes the content of a file that is not JSON', () => {
    const result = run('score', 'test/fixtures/hostile/not-json.json');
    expectBadInput(result, /not-json\.json: not valid JSON/);
    expect(result.stderr).not.toContain('root');
  });

  it('calls a 900 MB file too large, before reading it', () => {
    const result = run('score', hugeFile(folder.dir, 900 * 1024 * 1024));
    expectBadInput(result, /huge\.json: the file is too large \(943718400 bytes; at most \d+\)/);
  });

  it('takes seeds of 1 to 128 characters only, on the command line and in a record', () => {
    expectBadInput(run('drill', scenario, '--seed', ''), /--seed: must be 1 to 128 characters/);
    expectBadInput(run('drill', scenario, '--seed', 'x'.repeat(100_000)), /--seed: must be 1 to 128 characters \(got 100000\)/);
    expectBadInput(run('score', folder.file('empty-seed.json', recordWith({ seed: '' })), '--scenario', scenario), /empty-seed\.json: seed: /);
  });

  it('flags an incident, an order or a recorded order after the drill’s end', () => {
    const late = folder.scenario('late-incident.json', (s) => { ((s.incidents as { start: unknown }[])[0]!).start = { atS: 9000 }; });
    expectBadInput(run('drill', late), /late-incident\.json: incidents\.0\.start\.atS: comes after the drill ends \(7200 s\)/);
    const orders = folder.file('late-orders.json', JSON.stringify([{ atS: 8000, order: { type: 'setResponseLevel', by: 'command-post', level: 'IV' } }]));
    expectBadInput(run('drill', scenario, '--orders', orders), /late-orders\.json: 0\.atS: comes after the drill ends \(7200 s\)/);
    const record = folder.file('late-order-record.json', recordWith({ endS: 600, orders: [{ atS: 700, order: { type: 'setResponseLevel', by: 'command-post', level: 'IV' }, rejected: null }] }));
    expectBadInput(run('score', record, '--scenario', scenario), /late-order-record\.json: orders\.0\.atS: comes after the record’s end \(600 s\)/);
  });
});
