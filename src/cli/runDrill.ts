// Runs a drill headless with timed orders up to a time; what the command line and the benchmark share.
import type { Drill, Rejection, SimEvent, Simulation } from '../sim/index.ts';
import { createSimulation, playWithDoctrine } from '../sim/index.ts';
import type { DoctrinePlayer } from '../sim/index.ts';
import type { TimedOrder } from '../sim/index.ts';

export interface DrillRun {
  sim: Simulation;
  /** Events and refusals in the order they happened. */
  log: ({ kind: 'event'; event: SimEvent } | { kind: 'rejected'; atS: number; order: TimedOrder['order']; rejection: Rejection })[];
}

/** With `doctrine`, the doctrine plays its teams beside the timed orders (off unless asked: the bench never pays for it). */
export function runDrill(options: { drill: Drill; seed: string | number; orders: readonly TimedOrder[]; untilS: number; doctrine?: DoctrinePlayer }): DrillRun {
  const sim = createSimulation(options.drill, options.seed);
  if (options.doctrine) return { sim, log: playWithDoctrine(sim, options.doctrine, options.untilS, options.orders.filter((o) => o.atS <= options.untilS)) };
  const log: DrillRun['log'] = [];
  const addEvents = (events: SimEvent[]) => { for (const event of events) log.push({ kind: 'event', event }); };
  for (const { atS, order } of options.orders) {
    if (atS > options.untilS) break;
    addEvents(sim.advance(atS - sim.timeS()));
    const result = sim.dispatch(order);
    if (result.ok) addEvents(result.events);
    else log.push({ kind: 'rejected', atS, order, rejection: result });
  }
  addEvents(sim.advance(Math.max(0, options.untilS - sim.timeS())));
  return { sim, log };
}
