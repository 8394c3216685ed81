// County forces enter the map at their entry point when their delay is over, then head for the requested target.
import type { SimContext } from '../simContext.ts';
import { TeamCommandPost } from '../scenario/vocabulary.ts';
import type { Target } from '../state/target.ts';
import { etaS, planTrip } from '../units/trips.ts';
import type { System } from './system.ts';
import { NextDue } from './nextDue.ts';
import { resolveTarget } from '../orders/resolveTarget.ts';
import { isRejection } from '../orders/rejection.ts';

function destinationOf(ctx: SimContext, force: string): Target | null {
  const request = ctx.state.countyRequests.find((r) => r.force === force);
  if (request?.target) return request.target;
  const post = ctx.world.drill.map.places.find((p) => p.kind === 'commandPost');
  return post ? { place: post.id } : null;
}

/** The first entry of a county force on its way. */
const entries = new NextDue((state) => {
  let dueS = Infinity;
  for (const unit of state.units) if (unit.status === 'incoming' && unit.entersS !== null && unit.entersS < dueS) dueS = unit.entersS;
  return dueS;
});

export const countyArrivalSystem: System = {
  name: 'countyArrival',
  cadenceS: 1,
  run(ctx) {
    if (entries.notYet(ctx)) return;
    for (const unit of ctx.state.units) {
      if (unit.status !== 'incoming' || unit.entersS === null || unit.entersS > ctx.state.timeS) continue;
      const def = ctx.world.units.get(unit.id)!;
      unit.status = 'atBase';
      unit.entersS = null;
      ctx.emit({ type: 'county.arrived', unit: unit.id, force: def.countyForce! });
      const target = destinationOf(ctx, def.countyForce!);
      if (!target) continue;
      const at = resolveTarget(ctx, target);
      if (isRejection(at)) continue;
      const trip = planTrip(ctx, def, unit, at, target);
      if (!trip) continue;
      unit.status = 'enRoute';
      unit.target = target;
      unit.movement = trip;
      ctx.emit({ type: 'unit.dispatched', unit: unit.id, by: TeamCommandPost, target, etaS: etaS(ctx, trip) });
    }
    entries.ran(ctx);
  },
};
