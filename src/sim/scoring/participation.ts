// Who took part in the response to an incident (管行业必须管安全 is judged from this). Taking part is doing: a team
// took part when its units worked on the incident — an action on it, or a unit on the scene itself, where treatment,
// search and rescue happen — or it ordered the people of the incident's villages out. Filing paper, warning, or
// parking a unit near the scene is not taking part. Nothing done on an order given before its giver could have known
// of the incident counts (no foresight), and county forces are not the township's.
import type { Order } from '../orders/order.ts';
import type { IncidentBase } from '../scenario/incidentBase.ts';
import { nearestOnPolyline } from '../world/polylines.ts';
import { knownSinceS } from './knownSince.ts';
import { incidentPoint } from './reportUntruths.ts';
import type { ScoringContext } from './scoringContext.ts';

/** A road closed within this of the incident is a step of its response (a cordon, a diversion). */
export const nearIncidentM = 1000;

export function orderIncident(order: Order): string | null {
  if (order.type === 'actOnIncident') return order.incident;
  if (order.type === 'fileReport') return order.incident ?? null;
  if (order.type === 'dispatchUnit' && 'incident' in order.to) return order.to.incident;
  if (order.type === 'requestCountySupport' && order.to && 'incident' in order.to) return order.to.incident;
  return null;
}

/** One way a team worked on an incident, and when. */
export interface Involvement { team: string; atS: number; how: 'action' | 'onScene' | 'evacuation' }

function specOf(ctx: ScoringContext, incident: string): IncidentBase | undefined {
  return ctx.drill.scenario.incidents.find((i) => i.id === incident);
}

/** The villages whose people an incident puts at risk: those listed, and the village it happens in. */
export function incidentVillages(ctx: ScoringContext, incident: string): Set<string> {
  const spec = specOf(ctx, incident);
  const villages = new Set(spec?.villagesAtRisk ?? []);
  if (spec && 'place' in spec.at && ctx.drill.map.villages.some((v) => v.id === (spec.at as { place: string }).place)) villages.add(spec.at.place);
  return villages;
}

/** Whether `team` could have known of the incident when it gave an order at `atS`. */
export function knewAt(ctx: ScoringContext, team: string, incident: string, atS: number): boolean {
  const since = knownSinceS(ctx.record, team, incident);
  return since !== null && atS >= since;
}

const ownerOf = (ctx: ScoringContext, unit: string | null) => (unit === null ? undefined : ctx.drill.roster.units.find((u) => u.id === unit)?.owner);

/** Every way the township's teams worked on an incident, in time order. */
export function involvements(ctx: ScoringContext, incident: string): Involvement[] {
  const found: Involvement[] = [];
  const villages = incidentVillages(ctx, incident);
  const dispatchedBy = new Map<string, { by: string; atS: number }>();
  for (const e of ctx.record.events) {
    if (e.type === 'unit.dispatched') dispatchedBy.set(e.unit, { by: e.by, atS: e.timeS });
    if (e.type === 'incident.action' && e.incident === incident && knewAt(ctx, e.by, incident, e.timeS)) {
      const owner = ownerOf(ctx, e.unit);
      // A county unit put under a township team works for that team.
      found.push({ team: owner === undefined || owner === 'county' ? e.by : owner, atS: e.timeS, how: 'action' });
    } else if (e.type === 'unit.arrived' && 'incident' in e.target && e.target.incident === incident) {
      const team = ownerOf(ctx, e.unit);
      const order = dispatchedBy.get(e.unit);
      if (team && team !== 'county' && order && knewAt(ctx, order.by, incident, order.atS)) found.push({ team, atS: e.timeS, how: 'onScene' });
    } else if (e.type === 'evacuation.ordered' && villages.has(e.village) && knewAt(ctx, e.by, incident, e.timeS)) {
      found.push({ team: e.by, atS: e.timeS, how: 'evacuation' });
    }
  }
  return found;
}

export function participants(ctx: ScoringContext, incident: string): Set<string> {
  return new Set(involvements(ctx, incident).map((i) => i.team));
}

/**
 * When the township first acted on an incident once it knew: an order about it (not a report), a warning or move of
 * its villages, a road closed beside it — or null.
 */
export function firstActionS(ctx: ScoringContext, incident: string): number | null {
  const villages = incidentVillages(ctx, incident);
  const spec = specOf(ctx, incident);
  const at = spec ? incidentPoint(ctx.drill, spec) : null;
  const roadNear = (road: string) => {
    const found = ctx.drill.map.roads.find((r) => r.id === road);
    return at !== null && found !== undefined && nearestOnPolyline(found.pointsM, at).distanceM <= nearIncidentM;
  };
  const acts = (order: Order) => {
    if (order.type === 'fileReport') return false;
    if (orderIncident(order) === incident) return true;
    if (order.type === 'evacuate') return (order.villages ?? []).some((v) => villages.has(v));
    if (order.type === 'issueWarning') return order.to === 'township' ? villages.size > 0 : order.to.some((v) => villages.has(v));
    return order.type === 'closeRoad' && roadNear(order.road);
  };
  return ctx.record.orders.find(({ atS, order, rejected }) => rejected === null && order.by !== 'facilitator' && acts(order) && knewAt(ctx, order.by, incident, atS))?.atS ?? null;
}

/** When the first of the township's own units reached the incident on an order given once its giver knew, or null. */
export function firstArrivalS(ctx: ScoringContext, incident: string): number | null {
  return involvements(ctx, incident).find((i) => i.how === 'onScene')?.atS ?? null;
}
