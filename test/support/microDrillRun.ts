// Plays the micro-drills of scenarios/training/ as the command line does: the trainee's orders (its reference plan,
// none, or a typical mistake from test/training/mistakes/) with the doctrine playing every other team; once per test
// file for each micro-drill and kind of run.
import { referencePlanOnDisk } from '../../src/cli/scoreRun.ts';
import { readFileSync, readdirSync } from 'node:fs';
import type { MicroDrillRun, TimedOrder } from '../../src/sim/index.ts';
import { playMicroDrill } from '../../src/sim/index.ts';
import { scenarioDrill } from './demoDrill.ts';
import { doctrineFor } from './doctrineRun.ts';

export const microDrillFolder = 'scenarios/training';

/** Every micro-drill's id (its file name), in file-name order. */
export function microDrillIds(): string[] {
  return readdirSync(microDrillFolder).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
}

export type MicroDrillRunKind = 'plan' | 'idle' | 'mistake';

/** A typical mistake a trainee makes in the micro-drill: what it is, and its orders. */
export function typicalMistake(id: string): { descriptionZh: string; descriptionEn: string; orders: TimedOrder[] } {
  return JSON.parse(readFileSync(`test/training/mistakes/${id}.json`, 'utf8')) as { descriptionZh: string; descriptionEn: string; orders: TimedOrder[] };
}

const cached = new Map<string, MicroDrillRun>();

export function microDrillRun(id: string, kind: MicroDrillRunKind): MicroDrillRun {
  const key = `${id}/${kind}`;
  const known = cached.get(key);
  if (known) return known;
  const path = `${microDrillFolder}/${id}.json`;
  const drill = scenarioDrill(path);
  const orders = kind === 'plan' ? referencePlanOnDisk(drill) ?? [] : kind === 'mistake' ? typicalMistake(id).orders : [];
  const run = playMicroDrill(drill, doctrineFor(path), { role: drill.scenario.training!.team, orders });
  cached.set(key, run);
  return run;
}
