// Replays a drill from its record: the same orders at the same times give the same run, event for event.
import type { DrillRecord } from './record.ts';
import type { Drill } from './scenario/loadDrill.ts';
import type { Simulation } from './simulation.ts';
import { createSimulation } from './simulation.ts';

/** A simulation brought to `upToS` (default: the record's end) by re-giving the recorded orders at their times. */
export function replay(drill: Drill, seed: string | number, record: DrillRecord, upToS = record.endS): Simulation {
  const sim = createSimulation(drill, seed);
  for (const { atS, order } of record.orders) {
    if (atS > upToS) break;
    sim.advance(atS - sim.timeS());
    sim.dispatch(order);
  }
  sim.advance(Math.max(0, upToS - sim.timeS()));
  return sim;
}
