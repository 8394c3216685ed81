// Runs a drill to a time with the doctrine playing its teams beside any timed orders (a person's, a plan's): at each
// second something is due, the timed orders first, then the doctrine's. Refusals are in the drill record.
import type { SimEvent } from '../events.ts';
import type { Order } from '../orders/order.ts';
import type { Rejection } from '../orders/rejection.ts';
import type { TimedOrder } from '../orders/timedOrders.ts';
import type { Simulation } from '../simulation.ts';
import type { DoctrinePlayer } from './doctrinePlayer.ts';

export type DoctrinePlayEntry = { kind: 'event'; event: SimEvent } | { kind: 'rejected'; atS: number; order: Order; rejection: Rejection };

/** Plays from the sim's time to `untilS`; returns the events and refusals in the order they happened. */
export function playWithDoctrine(sim: Simulation, player: DoctrinePlayer, untilS: number, orders: readonly TimedOrder[] = []): DoctrinePlayEntry[] {
  const log: DoctrinePlayEntry[] = [];
  const addEvents = (events: SimEvent[]) => { for (const event of events) log.push({ kind: 'event', event }); };
  const give = (order: Order) => {
    const result = sim.dispatch(order);
    if (result.ok) addEvents(result.events);
    else log.push({ kind: 'rejected', atS: sim.timeS(), order, rejection: result });
  };
  let next = 0;
  while (orders[next] && orders[next]!.atS < sim.timeS()) next++;
  for (;;) {
    const nowS = sim.timeS();
    while (orders[next] && orders[next]!.atS <= nowS) give(orders[next++]!.order);
    for (const order of player.ordersDue(sim)) give(order);
    const nextS = Math.min(untilS, player.nextDueS(), orders[next]?.atS ?? Infinity);
    if (nowS >= untilS) break;
    addEvents(sim.advance(Math.max(1, nextS - nowS)));
  }
  return log;
}
