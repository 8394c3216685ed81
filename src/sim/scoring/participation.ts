// Who took part in the response to an incident: teams that gave orders about it, and the owners of units that
// reached it (管行业必须管安全 is judged from this).
import type { Order } from '../orders/order.ts';
import type { ScoringContext } from './scoringContext.ts';

function orderIncident(order: Order): string | null {
  if (order.type === 'actOnIncident') return order.incident;
  if (order.type === 'fileReport') return order.incident ?? null;
  if (order.type === 'dispatchUnit' && 'incident' in order.to) return order.to.incident;
  if (order.type === 'requestCountySupport' && order.to && 'incident' in order.to) return order.to.incident;
  return null;
}

export function participants(ctx: ScoringContext, incident: string): Set<string> {
  const teams = new Set<string>();
  const only = ctx.drill.scenario.incidents.length === 1;
  for (const { order, rejected } of ctx.record.orders) {
    if (rejected !== null) continue;
    const about = orderIncident(order);
    if (about === incident || (about === null && only && order.type === 'fileReport')) teams.add(order.by);
  }
  for (const e of ctx.record.events) {
    if (e.type !== 'unit.arrived' || !('incident' in e.target) || e.target.incident !== incident) continue;
    const owner = ctx.drill.roster.units.find((u) => u.id === e.unit)?.owner;
    if (owner) teams.add(owner);
  }
  return teams;
}

/** When the first unit reached the incident, or null. */
export function firstArrivalS(ctx: ScoringContext, incident: string): number | null {
  const e = ctx.record.events.find((x) => x.type === 'unit.arrived' && 'incident' in x.target && x.target.incident === incident);
  return e ? e.timeS : null;
}
