// Which units a due dispatch rule sends: free ones of the team (or of the team kinds it draws from, the villages at
// risk, the villages nearest), with one of the capabilities, nearest the target first, none twice in one second.
import type { UnitView } from '../knowledge/teamView.ts';
import type { Order } from '../orders/order.ts';
import { distanceM } from '../world/roadGraph.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { World } from '../world/world.ts';
import type { OrderTemplate, TeamKind } from './doctrineSchema.ts';
import type { DueContext } from './dueContext.ts';
import { atRiskOf, placeAt } from './dueContext.ts';
import { ownerTeamOf, teamKindOf } from './teamKind.ts';

/** Whether the unit belongs to a team the template draws from. */
function fromMatches(due: DueContext, unit: UnitView, from: readonly string[] | undefined, atRisk: readonly string[]): boolean {
  const owner = ownerTeamOf(due.world, unit.id);
  if (owner === null) return false;
  if (!from) return owner === due.view.team;
  const kind: TeamKind | null = teamKindOf(due.world, owner);
  return from.some((f) => {
    if (f === 'villagesAtRisk') return atRisk.includes(owner);
    if (f === 'nearestVillages') return nearestVillages(due.world, due.subject.at, []).includes(owner);
    if (f === 'helpingVillages') return nearestVillages(due.world, due.subject.at, atRisk).includes(owner);
    return f === kind;
  });
}

/** The two villages nearest the incident but those left out, which send their militia to help (villages helping each other). */
function nearestVillages(world: World, at: PointM | null, leaveOut: readonly string[]): string[] {
  if (!at) return [];
  return world.drill.map.villages.filter((v) => !leaveOut.includes(v.id)).sort((a, b) => distanceM(at, a.at) - distanceM(at, b.at)).slice(0, 2).map((v) => v.id);
}

export function dispatchOrders(due: DueContext, t: Extract<OrderTemplate, { type: 'dispatchUnit' }>): Order[] {
  const { world, view, subject } = due;
  const atRisk = atRiskOf(due);
  const targets = t.to === 'incident' ? (subject.incident ? [{ incident: subject.incident.id }] : [])
    : t.to === 'self' ? (world.drill.map.villages.some((v) => v.id === view.team) ? [{ place: view.team }] : [])
      : atRisk.map((v) => ({ place: v }));
  if (targets.length === 0) return [];
  const aim = subject.at ?? placeAt(world, 'place' in targets[0]! ? targets[0].place : view.team);
  const free = view.units
    .filter((u) => u.status === 'atBase' && !due.taken.has(u.id) && fromMatches(due, u, t.from, atRisk) && t.capabilities.some((c) => world.units.get(u.id)!.capabilities.includes(c)))
    .sort((a, b) => distanceM(a.at, aim) - distanceM(b.at, aim) || a.id.localeCompare(b.id))
    .slice(0, t.count);
  for (const u of free) due.taken.add(u.id);
  return free.map((u, i) => ({ type: 'dispatchUnit', by: view.team, unit: u.id, to: targets[i % targets.length]! }));
}
