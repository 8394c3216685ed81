// Order: close a road. Units whose way runs over it turn round and take another; with none, they stop and wait.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { Id } from '../scenario/vocabulary.ts';
import { planTrip, tripUsesRoad, unitPositionAt, etaS } from '../units/trips.ts';
import { rejectUnknownTeam } from './authority.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, reject } from './rejection.ts';
import { rejectUnlessRoadAuthority } from './roadAuthority.ts';

export const CloseRoadOrder = z.strictObject({ type: z.literal('closeRoad'), by: Id, road: Id });
export type CloseRoadOrder = z.infer<typeof CloseRoadOrder>;

export function closeRoad(ctx: SimContext, order: CloseRoadOrder): OrderOutcome {
  const refused = rejectUnknownTeam(ctx, order.by) ?? rejectUnlessRoadAuthority(ctx, order.by);
  if (refused) return refused;
  if (!ctx.world.drill.map.roads.some((r) => r.id === order.road)) return reject('unknown-road', { road: order.road });
  if (ctx.state.closedRoads.includes(order.road)) return reject('road-already-closed', { road: order.road });

  ctx.state.closedRoads = [...ctx.state.closedRoads, order.road].sort();
  ctx.emit({ type: 'road.closed', road: order.road, by: order.by });
  rerouteUnitsOn(ctx, order.road);
  return accepted;
}

function rerouteUnitsOn(ctx: SimContext, road: string): void {
  const now = ctx.state.timeS;
  for (const unit of ctx.state.units) {
    const movement = unit.movement;
    if (!movement || !tripUsesRoad(movement, road, now)) continue;
    const def = ctx.world.units.get(unit.id)!;
    const destination = movement.pointsM[movement.pointsM.length - 1]!;
    const trip = planTrip(ctx, def, unit, destination, unit.target);
    if (trip) {
      unit.movement = trip;
      ctx.emit({ type: 'unit.rerouted', unit: unit.id, road, etaS: etaS(ctx, trip) });
      continue;
    }
    unit.at = unitPositionAt(unit, now);
    unit.movement = null;
    unit.status = 'onScene';
    unit.target = { xM: unit.at.xM, yM: unit.at.yM };
    ctx.emit({ type: 'unit.stranded', unit: unit.id, road });
  }
}
