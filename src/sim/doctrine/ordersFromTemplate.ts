// Turns a due rule into orders, choosing their particulars from the team's view when they fall due: which of its
// units are free and nearest, whom to call, which villages it judges at risk, the nearest open shelter.
import type { TeamView } from '../knowledge/teamView.ts';
import type { Order } from '../orders/order.ts';
import { TeamCommandPost } from '../scenario/vocabulary.ts';
import { distanceM } from '../world/roadGraph.ts';
import { unitCanCarryOut } from '../incidents/availableActions.ts';
import { targetIncident } from '../state/target.ts';
import type { OrderTemplate } from './doctrineSchema.ts';
import { reportElements } from './doctrineReport.ts';
import type { DueContext } from './dueContext.ts';
import { atRiskOf, placeAt } from './dueContext.ts';
import { ownerTeamOf } from './teamKind.ts';
import { dispatchOrders } from './unitsToSend.ts';

function recipients(due: DueContext, to: Extract<OrderTemplate, { type: 'relayInformation' }>['to']): string[] {
  const { world, doctrine, subject } = due;
  const stationsOf = (kinds: readonly string[]) => world.drill.map.stations.filter((s) => kinds.includes(s.kind)).map((s) => s.id);
  const ids = to.flatMap((r) => {
    if (r === 'commandPost') return [TeamCommandPost];
    if (r === 'county') return ['county'];
    if (r === 'villagesAtRisk') return atRiskOf(due);
    if (r === 'leads') return stationsOf(doctrine.leads.filter((l) => l.factor === subject.factor && (l.fits ?? []).every((a) => subject.fits.includes(a))).flatMap((l) => l.stations));
    return stationsOf([r]);
  });
  return [...new Set(ids)].filter((id) => id !== due.view.team);
}


function actOrders(due: DueContext, action: string): Order[] {
  const { world, view, subject } = due;
  const incident = subject.incident;
  const fitting = incident?.actions.find((a) => a.id === action);
  if (!incident || !fitting) return [];
  const base = { type: 'actOnIncident' as const, by: view.team, incident: incident.id, action };
  if (fitting.capabilities === null) return [base];
  const onScene = view.units.filter((u) => u.status === 'onScene' && targetIncident(u.target) === incident.id
    && (view.team === TeamCommandPost || ownerTeamOf(world, u.id) === view.team) && unitCanCarryOut(fitting, world.units.get(u.id)!.capabilities));
  const unit = subject.unit && onScene.some((u) => u.id === subject.unit) ? subject.unit : onScene[0]?.id;
  return unit ? [{ ...base, unit }] : [];
}

/** The open shelter nearest a village: open from the start, or opened by this team. */
function shelterFor(due: DueContext, village: string): string | null {
  const opened = new Set(due.view.orders.flatMap((o) => (o.rejected === null && o.order.type === 'openShelter' ? [o.order.shelter] : [])));
  const at = placeAt(due.world, village);
  const open = due.world.drill.map.shelters.filter((s) => s.openAtStart || opened.has(s.id));
  return [...open].sort((a, b) => distanceM(at, a.at) - distanceM(at, b.at))[0]?.id ?? null;
}

function evacuateOrders(due: DueContext, villages: 'self' | 'villagesAtRisk'): Order[] {
  const isVillage = due.world.drill.map.villages.some((v) => v.id === due.view.team);
  const list = villages === 'self' ? (isVillage ? [due.view.team] : []) : atRiskOf(due);
  return list.flatMap((v) => {
    const shelter = shelterFor(due, v);
    return shelter ? [{ type: 'evacuate' as const, by: due.view.team, villages: [v], shelter }] : [];
  });
}

function openShelterOrders(due: DueContext): Order[] {
  const atRisk = atRiskOf(due);
  if (atRisk.length === 0) return [];
  const opened = new Set(due.view.orders.flatMap((o) => (o.order.type === 'openShelter' ? [o.order.shelter] : [])));
  const closed = due.world.drill.map.shelters.filter((s) => !s.openAtStart && !opened.has(s.id));
  const at = placeAt(due.world, atRisk[0]!);
  const nearest = [...closed].sort((a, b) => distanceM(at, a.at) - distanceM(at, b.at))[0];
  return nearest ? [{ type: 'openShelter', by: due.view.team, shelter: nearest.id }] : [];
}

function closeRoadOrders(due: DueContext, withinM: number): Order[] {
  const at = due.subject.at;
  if (!at) return [];
  return due.world.drill.map.roads.filter((r) => r.pointsM.some((p) => distanceM(p, at) <= withinM))
    .map((r) => ({ type: 'closeRoad' as const, by: due.view.team, road: r.id }));
}

/** Whether the team already gave an accepted order like this (a level set, a county force asked for): not twice. */
function alreadyGiven(view: TeamView, same: (order: Order) => boolean): boolean {
  return view.orders.some((o) => o.rejected === null && same(o.order));
}

/** The orders a due rule gives now; none when the view offers nothing to give them with (no free unit, no incident …). */
export function ordersFromTemplate(due: DueContext, t: OrderTemplate): Order[] {
  const { view, subject } = due;
  const incident = subject.incident;
  switch (t.type) {
    case 'relayInformation':
      if (!incident) return [];
      return recipients(due, t.to).map((to) => ({ type: 'relayInformation', by: view.team, to, incident: incident.id, channel: t.channel,
        ...(incident.phase !== null ? { phase: incident.phase } : {}), ...(incident.casualties ? { casualties: { ...incident.casualties } } : {}) }));
    case 'fileReport':
      return [{ type: 'fileReport', by: view.team, kind: t.kind, ...(incident ? { incident: incident.id, figuresFrom: 'reporter' as const } : {}),
        elements: reportElements({ world: due.world, doctrine: due.doctrine, view, subject, atRisk: atRiskOf(due), leaveOut: due.leaveOut }) }];
    case 'dispatchUnit': return dispatchOrders(due, t);
    case 'actOnIncident': return actOrders(due, t.action);
    case 'issueWarning': {
      if (t.to === 'township' && alreadyGiven(view, (o) => o.type === 'issueWarning' && o.to === 'township' && o.colour === t.colour)) return [];
      const to = t.to === 'township' ? 'township' as const : atRiskOf(due);
      if (to !== 'township' && to.length === 0) return [];
      return [{ type: 'issueWarning', by: view.team, colour: t.colour, to, message: t.message, ...(incident ? { incident: incident.id } : {}), ...(t.instruction ? { instruction: t.instruction } : {}) }];
    }
    case 'evacuate': return evacuateOrders(due, t.villages);
    case 'openShelter': return openShelterOrders(due);
    case 'requestCountySupport':
      if (alreadyGiven(view, (o) => o.type === 'requestCountySupport' && o.force === t.force)) return [];
      return [{ type: 'requestCountySupport', by: view.team, force: t.force, ...(incident ? { to: { incident: incident.id } } : {}) }];
    case 'setResponseLevel':
      if (alreadyGiven(view, (o) => o.type === 'setResponseLevel' && o.level === t.level)) return [];
      return [{ type: 'setResponseLevel', by: view.team, level: t.level }];
    case 'closeRoad': return closeRoadOrders(due, t.withinM);
  }
}
