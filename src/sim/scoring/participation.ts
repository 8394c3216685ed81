// Who took part in the response to an incident (管行业必须管安全 is judged from this): teams that gave orders about
// it; the owners of units that reached it or a place near it (a cordon, a village beside it); teams that warned or
// moved the villages in its way; and teams that closed a road running near it.
import type { Order } from '../orders/order.ts';
import type { IncidentBase } from '../scenario/incidentBase.ts';
import type { Target } from '../state/target.ts';
import { nearestOnPolyline } from '../world/polylines.ts';
import { distanceM } from '../world/roadGraph.ts';
import type { PointM } from '../world/townshipMap.ts';
import { mapObjects } from '../world/townshipMap.ts';
import type { ScoringContext } from './scoringContext.ts';

/** A unit within this of the incident, or a road closed within it, counts as taking part: the scene and its cordon. */
export const nearIncidentM = 1000;

function orderIncident(order: Order): string | null {
  if (order.type === 'actOnIncident') return order.incident;
  if (order.type === 'fileReport') return order.incident ?? null;
  if (order.type === 'dispatchUnit' && 'incident' in order.to) return order.to.incident;
  if (order.type === 'requestCountySupport' && order.to && 'incident' in order.to) return order.to.incident;
  return null;
}

/** One way a team took part in an incident's response, and when. */
export interface Involvement { team: string; atS: number; how: 'order' | 'arrival' | 'warning' | 'evacuation' | 'roadClosed' }

/** Where an incident is, and whether a unit's target is at it or near it (within nearIncidentM). */
export function incidentSurroundings(ctx: ScoringContext, incident: string): { spec: IncidentBase | undefined; at: PointM | null; near: (target: Target) => boolean } {
  const spec: IncidentBase | undefined = ctx.drill.scenario.incidents.find((i) => i.id === incident);
  const objects = mapObjects(ctx.drill.map);
  const at: PointM | null = !spec ? null : 'place' in spec.at ? objects.get(spec.at.place)?.at ?? null : { xM: spec.at.xM, yM: spec.at.yM };
  const near = (target: Target): boolean => {
    if ('incident' in target) return target.incident === incident;
    const point = 'place' in target ? objects.get(target.place)?.at : target;
    return at !== null && point !== undefined && distanceM(at, point) <= nearIncidentM;
  };
  return { spec, at, near };
}

/** Every way teams took part in the response to an incident, in time order. */
export function involvements(ctx: ScoringContext, incident: string): Involvement[] {
  const found: Involvement[] = [];
  const { spec, at, near } = incidentSurroundings(ctx, incident);
  const only = ctx.drill.scenario.incidents.length === 1;
  const atRisk = new Set(spec?.villagesAtRisk ?? []);
  for (const { atS, order, rejected } of ctx.record.orders) {
    if (rejected !== null) continue;
    const about = orderIncident(order);
    if (about === incident || (about === null && only && order.type === 'fileReport')) found.push({ team: order.by, atS, how: 'order' });
  }
  for (const e of ctx.record.events) {
    if (e.type === 'unit.arrived' && near(e.target)) {
      const owner = ctx.drill.roster.units.find((u) => u.id === e.unit)?.owner;
      if (owner) found.push({ team: owner, atS: e.timeS, how: 'arrival' });
    } else if (e.type === 'warning.issued' && (e.township ? atRisk.size > 0 : e.villages.some((v) => atRisk.has(v)))) found.push({ team: e.by, atS: e.timeS, how: 'warning' });
    else if (e.type === 'evacuation.ordered' && atRisk.has(e.village)) found.push({ team: e.by, atS: e.timeS, how: 'evacuation' });
    else if (e.type === 'road.closed' && at !== null) {
      const road = ctx.drill.map.roads.find((r) => r.id === e.road);
      if (road && nearestOnPolyline(road.pointsM, at).distanceM <= nearIncidentM) found.push({ team: e.by, atS: e.timeS, how: 'roadClosed' });
    }
  }
  return found.sort((a, b) => a.atS - b.atS);
}

export function participants(ctx: ScoringContext, incident: string): Set<string> {
  return new Set(involvements(ctx, incident).map((i) => i.team));
}

/** When the players first acted on an incident — an order about it, a warning or move of a village in its way, a road closed beside it — or null. */
export function firstActionS(ctx: ScoringContext, incident: string): number | null {
  return involvements(ctx, incident).find((i) => i.how !== 'arrival')?.atS ?? null;
}

/** When the first unit reached the incident, or null. */
export function firstArrivalS(ctx: ScoringContext, incident: string): number | null {
  const e = ctx.record.events.find((x) => x.type === 'unit.arrived' && 'incident' in x.target && x.target.incident === incident);
  return e ? e.timeS : null;
}
