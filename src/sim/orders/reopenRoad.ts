// Order: reopen a closed road; later trips may use it again.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { Id } from '../scenario/vocabulary.ts';
import { rejectUnknownTeam } from './authority.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, reject } from './rejection.ts';
import { rejectUnlessRoadAuthority } from './roadAuthority.ts';

export const ReopenRoadOrder = z.strictObject({ type: z.literal('reopenRoad'), by: Id, road: Id });
export type ReopenRoadOrder = z.infer<typeof ReopenRoadOrder>;

export function reopenRoad(ctx: SimContext, order: ReopenRoadOrder): OrderOutcome {
  const refused = rejectUnknownTeam(ctx, order.by) ?? rejectUnlessRoadAuthority(ctx, order.by);
  if (refused) return refused;
  if (!ctx.world.drill.map.roads.some((r) => r.id === order.road)) return reject('unknown-road', { road: order.road });
  if (!ctx.state.closedRoads.includes(order.road)) return reject('road-not-closed', { road: order.road });

  ctx.state.closedRoads = ctx.state.closedRoads.filter((r) => r !== order.road);
  ctx.emit({ type: 'road.reopened', road: order.road, by: order.by });
  return accepted;
}
