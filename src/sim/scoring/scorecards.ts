// A scorecard for every team that took part: orders given and refused, reports filed and their faults, units
// sent, incidents joined.
import type { ScoringContext } from './scoringContext.ts';

export interface Scorecard {
  team: string;
  ordersGiven: number;
  ordersRefused: number;
  reportsFiled: number;
  reportsIncomplete: number;
  reportsUntrue: number;
  unitArrivals: number;
}

export function scorecards(ctx: ScoringContext): Scorecard[] {
  const cards = new Map<string, Scorecard>();
  const card = (team: string) => {
    const found = cards.get(team);
    if (found) return found;
    const fresh = { team, ordersGiven: 0, ordersRefused: 0, reportsFiled: 0, reportsIncomplete: 0, reportsUntrue: 0, unitArrivals: 0 };
    cards.set(team, fresh);
    return fresh;
  };
  for (const { order, rejected } of ctx.record.orders) {
    if (order.by === 'facilitator') continue;
    const c = card(order.by);
    c.ordersGiven++;
    if (rejected !== null) c.ordersRefused++;
    else if (order.type === 'fileReport') c.reportsFiled++;
  }
  for (const r of ctx.reporting.flatMap((i) => i.required)) {
    if (r.missing.length > 0) card(r.reporter).reportsIncomplete++;
    for (const u of r.untrue) card(u.by).reportsUntrue++;
  }
  for (const e of ctx.record.events) {
    if (e.type !== 'unit.arrived') continue;
    const owner = ctx.drill.roster.units.find((u) => u.id === e.unit)?.owner;
    if (owner && owner !== 'county') card(owner).unitArrivals++;
  }
  return [...cards.values()].sort((a, b) => (a.team < b.team ? -1 : a.team > b.team ? 1 : 0));
}
