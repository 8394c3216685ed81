// How a drill on the device starts, and how it is brought back from its saved record exactly as it was played. The
// seat asks the doctrine at its start and at every second the doctrine names, always before any order of the
// trainee's at that second (LocalSeat keeps to this); so resuming gives the recorded orders — the trainee's and the
// doctrine's — again at their times, asking the doctrine at the same seconds first, and the doctrine ends up where
// it was: what it had seen, what it had armed and its random streams. The drill then goes on as if never reloaded.
import type { DoctrinePlayer, Drill, DrillRecord, Simulation } from '../../sim/index.ts';
import { createSimulation, playWithDoctrine } from '../../sim/index.ts';

/** A new drill from the start, the doctrine's orders of the first second given before the trainee can give any. */
export function startedPlay(drill: Drill, doctrine: DoctrinePlayer | null): Simulation {
  const sim = createSimulation(drill);
  if (doctrine) playWithDoctrine(sim, doctrine, sim.timeS());
  return sim;
}

/** The drill of `record` replayed to its end with `doctrine` (made with the record's seed) walked along beside it. */
export function resumedPlay(drill: Drill, record: DrillRecord, doctrine: DoctrinePlayer | null): Simulation {
  const sim = createSimulation(drill, record.seed);
  doctrine?.ordersDue(sim); // its orders are in the record, given below in their recorded place
  for (const { atS, order } of record.orders) {
    if (atS > record.endS) break;
    catchUp(sim, doctrine, atS);
    sim.dispatch(order);
  }
  catchUp(sim, doctrine, record.endS);
  return sim;
}

/** Runs to `untilS`, stopping at each second the doctrine names to let it look and arm as it did (its orders are recorded). */
function catchUp(sim: Simulation, doctrine: DoctrinePlayer | null, untilS: number): void {
  while (sim.timeS() < untilS) {
    const nextS = Math.min(untilS, doctrine?.nextDueS() ?? untilS);
    sim.advance(Math.max(1, nextS - sim.timeS()));
    doctrine?.ordersDue(sim);
  }
}
