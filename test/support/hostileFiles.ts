// Builds the hostile files of issue #17 in a temporary folder: copies of the demo township's content with one thing
// made hostile each (a vehicle named like an Object property, 8,000 incidents, ten huge crowds …), and files too big,
// too deep, in the wrong encoding or behind a symbolic link. Large ones are made here, at test time, not committed.
import { cpSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Json = Record<string, unknown>;

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;

/** A scratch copy of the scenarios folder's township content, to write hostile variants into. */
export function hostileFolder(): { dir: string; scenario(name: string, change: (scenario: Json) => void): string; roster(change: (roster: Json) => void): string; file(name: string, content: string | Uint8Array): string } {
  const dir = mkdtempSync(join(tmpdir(), 'drillhall-hostile-'));
  for (const sub of ['maps', 'rosters', 'rubrics', 'curveballs', 'sites']) cpSync(join('scenarios', sub), join(dir, sub), { recursive: true });
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return {
    dir,
    file,
    scenario(name, change) {
      const scenario = readJson('scenarios/demo-market-gas-leak.json');
      change(scenario);
      return file(name, JSON.stringify(scenario));
    },
    roster(change) {
      const roster = readJson(join(dir, 'rosters/demo-township.json'));
      change(roster);
      writeFileSync(join(dir, 'rosters/demo-township.json'), JSON.stringify(roster));
      return file('roster-scenario.json', readFileSync('scenarios/demo-market-gas-leak.json', 'utf8'));
    },
  };
}

/** JSON text nested `depth` arrays deep, inside a record's first event. */
export function deeplyNestedRecord(depth: number): string {
  return `{"schemaVersion":1,"scenarioId":"demo-market-gas-leak","seed":"s","timeCompression":1,"orders":[],"events":[${'['.repeat(depth)}${']'.repeat(depth)}],"endS":60}`;
}

/** A drill record of the market gas leak with the given fields changed. */
export function recordWith(fields: Json): string {
  return JSON.stringify({ schemaVersion: 1, scenarioId: 'demo-market-gas-leak', seed: 'shifan-2026-gas', timeCompression: 1, orders: [], events: [], endS: 600, ...fields });
}

/** A sparse file of `bytes` (no disk used), to stand for a huge upload. */
export function hugeFile(dir: string, bytes: number): string {
  const path = join(dir, 'huge.json');
  writeFileSync(path, '');
  truncateSync(path, bytes);
  return path;
}

/** A symbolic link to a file whose first characters must never be printed. */
export function linkToSecret(dir: string): { link: string; secret: string } {
  const secret = 'root:x:0:0:root:/root:/bin/bash';
  const target = join(dir, 'secret.txt');
  writeFileSync(target, `${secret}\n`);
  const link = join(dir, 'linked.json');
  symlinkSync(target, link);
  return { link, secret };
}

/** An incident of the scenario copied `count` times with fresh ids. */
export function manyIncidents(scenario: Json, count: number): void {
  const [first] = scenario.incidents as Json[];
  scenario.incidents = Array.from({ length: count }, (_, i) => ({ ...first, id: `incident-${i}` }));
}

/** Ten crowds of 10,000 agents each at the finest sub-step, on the temple-fair square, and no injects (the scenario's
 *  name their incident's place, which the crowds replace: a content problem of its own). */
export function tenHugeCrowds(scenario: Json): void {
  const temple = readJson('scenarios/demo-temple-fair-crush.json');
  const [crowd] = temple.incidents as Json[];
  Object.assign(scenario, { incidents: Array.from({ length: 10 }, (_, i) => ({ ...crowd, id: `crowd-${i}`, maxAgents: 10_000, stepS: 0.01 })), injects: [] });
}

