// A micro-drill played headless: the trainee's timed orders for its one team, the township's doctrine playing every
// other team on the drill's seeded streams, and the score of the trainee's team alone. Pure and deterministic: the
// same drill, doctrine, seed and orders give the same record and score.
import type { Doctrine } from '../doctrine/doctrineSchema.ts';
import { createDoctrinePlayer } from '../doctrine/doctrinePlayer.ts';
import type { DoctrinePlayEntry } from '../doctrine/playWithDoctrine.ts';
import { playWithDoctrine } from '../doctrine/playWithDoctrine.ts';
import type { TimedOrder } from '../orders/timedOrders.ts';
import type { DrillRecord } from '../record.ts';
import { teamIds } from '../scenario/crossReferences.ts';
import type { Drill } from '../scenario/loadDrill.ts';
import type { DrillScore } from '../scoring/scoreDrill.ts';
import { scoreRecord } from '../scoring/scoreWithBaseline.ts';
import type { Simulation } from '../simulation.ts';
import { createSimulation } from '../simulation.ts';

export interface MicroDrillRun { sim: Simulation; record: DrillRecord; log: DoctrinePlayEntry[]; score: DrillScore }

/** Every team the doctrine plays beside the trainee: all the drill's teams but the role. */
export function teamsBesideRole(drill: Drill, role: string): string[] {
  return [...teamIds(drill.map, drill.roster)].filter((t) => t !== role).sort();
}

/** Plays the micro-drill to `untilS` (its end by default) with `orders` for `role`, and scores `role` alone. */
export function playMicroDrill(drill: Drill, doctrine: Doctrine, options: { role: string; orders: readonly TimedOrder[]; seed?: string | number; untilS?: number }): MicroDrillRun {
  const seed = options.seed ?? drill.scenario.seed;
  const sim = createSimulation(drill, seed);
  const player = createDoctrinePlayer(drill, doctrine, { teams: teamsBesideRole(drill, options.role), seed });
  const log = playWithDoctrine(sim, player, options.untilS ?? drill.scenario.durationS, options.orders);
  const record = sim.record();
  return { sim, record, log, score: scoreRecord(drill, record, null, { role: options.role }) };
}
