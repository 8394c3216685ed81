// The drill a hall room played, run again without the hall: the orders of the room's file at their sim times, from
// the same seed to the same end — "an uninterrupted run of the same orders" the resumed drills are held to.
import { readFileSync } from 'node:fs';
import type { TimedOrder } from '../../src/sim/index.ts';
import { parseOrder, stateHash } from '../../src/sim/index.ts';
import { scoreRun } from '../../src/cli/scoreRun.ts';
import { runDrill } from '../../src/cli/runDrill.ts';
import { teamViewJson } from '../../src/cli/teamViewJson.ts';
import { scenarioDrill } from './demoDrill.ts';

interface Line { kind: string; atS?: number; order?: unknown; scenario?: string; seed?: string; untilS?: number }

export function roomLines(path: string): Line[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Line);
}

export function uninterruptedRun(path: string, teams: readonly string[]) {
  const lines = roomLines(path);
  const opening = lines[0]!;
  const drill = scenarioDrill(`scenarios/${opening.scenario}.json`);
  const orders: TimedOrder[] = lines.filter((l) => l.kind === 'order').map((l) => {
    const parsed = parseOrder(l.order);
    if (!parsed.ok) throw new Error(`a malformed order in ${path}`);
    return { atS: l.atS!, order: parsed.order };
  });
  const endS = lines.find((l) => l.kind === 'ended')?.atS ?? Math.min(drill.scenario.durationS, opening.untilS ?? Infinity);
  const run = runDrill({ drill, seed: opening.seed!, orders, untilS: endS });
  return {
    orders,
    stateHash: stateHash(run.sim.snapshot()),
    total: scoreRun(drill, run.sim.record()).total,
    views: Object.fromEntries(teams.map((t) => [t, teamViewJson(run.sim.viewOf(t))])),
  };
}
