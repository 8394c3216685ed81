// Runs a scenario from the scenarios folder with the township's doctrine playing some teams (all of them by default),
// once per test file for each set of options.
import { readContentFiles } from '../../src/cli/readContentFiles.ts';
import { doctrineTeams } from '../../src/cli/doctrineInput.ts';
import type { Doctrine, DoctrinePlayEntry, DrillRecord, Mistakes, Simulation } from '../../src/sim/index.ts';
import { createDoctrinePlayer, createSimulation, formatProblems, loadDoctrine, playWithDoctrine } from '../../src/sim/index.ts';
import { scenarioDrill } from './demoDrill.ts';

export interface DoctrineRun { sim: Simulation; record: DrillRecord; log: DoctrinePlayEntry[] }

const cached = new Map<string, DoctrineRun>();

/** The township's doctrine as loaded for the scenario at `path`. */
export function doctrineFor(path: string): Doctrine {
  const loaded = loadDoctrine(path, readContentFiles, scenarioDrill(path));
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  return loaded.value;
}

/** The scenario played to its end (or `untilS`) by the doctrine alone. */
export function runByDoctrine(path: string, options: { seed?: string | number; teams?: string[]; mistakes?: Partial<Mistakes>; untilS?: number } = {}): DoctrineRun {
  const key = JSON.stringify([path, options]);
  const known = cached.get(key);
  if (known) return known;
  const drill = scenarioDrill(path);
  const seed = options.seed ?? drill.scenario.seed;
  const sim = createSimulation(drill, seed);
  const player = createDoctrinePlayer(drill, doctrineFor(path), { teams: options.teams ?? doctrineTeams(drill), seed, ...(options.mistakes ? { mistakes: options.mistakes } : {}) });
  const log = playWithDoctrine(sim, player, options.untilS ?? drill.scenario.durationS);
  const run = { sim, record: sim.record(), log };
  cached.set(key, run);
  return run;
}

/** When a team first knew of an incident, from the record's knowledge events; null if it never did. */
export function knownSinceS(record: DrillRecord, team: string, incident: string): number | null {
  return record.events.find((e) => e.type === 'knowledge.gained' && e.team === team && e.incident === incident)?.timeS ?? null;
}

/** The accepted orders of one team, of one type. */
export function ordersBy<T extends DrillRecord['orders'][number]['order']['type']>(record: DrillRecord, team: string, type: T) {
  return record.orders.filter((o) => o.rejected === null && o.order.by === team && o.order.type === type)
    .map((o) => ({ atS: o.atS, order: o.order as Extract<DrillRecord['orders'][number]['order'], { type: T }> }));
}

/** The actions carried out on an incident, with who ordered them. */
export function actionsOn(record: DrillRecord, incident: string): { action: string; by: string; unit: string | null; timeS: number }[] {
  return record.events.flatMap((e) => (e.type === 'incident.action' && e.incident === incident ? [{ action: e.action, by: e.by, unit: e.unit, timeS: e.timeS }] : []));
}
