// Order: the command post requests a county force; its units enter at the map edge after the scenario's delay
// and head for the given target (or the command post).
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { CountyForce, Id } from '../scenario/vocabulary.ts';
import { TargetSchema } from '../state/target.ts';
import { rejectUnknownTeam, rejectUnlessCommandPost } from './authority.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, isRejection, reject } from './rejection.ts';
import { resolveTarget } from './resolveTarget.ts';
import { countyNotTold } from '../knowledge/countyKnows.ts';

export const RequestCountySupportOrder = z.strictObject({
  type: z.literal('requestCountySupport'),
  by: Id,
  force: CountyForce,
  to: TargetSchema.optional(),
});
export type RequestCountySupportOrder = z.infer<typeof RequestCountySupportOrder>;

export function requestCountySupport(ctx: SimContext, order: RequestCountySupportOrder): OrderOutcome {
  const refused = rejectUnknownTeam(ctx, order.by) ?? rejectUnlessCommandPost(order.by);
  if (refused) return refused;
  const support = ctx.world.drill.scenario.countySupport.find((s) => s.force === order.force);
  if (!support) return reject('county-force-unavailable', { force: order.force });
  if (ctx.state.countyRequests.some((r) => r.force === order.force)) return reject('county-already-requested', { force: order.force });
  if (order.to) {
    const at = resolveTarget(ctx, order.to);
    if (isRejection(at)) return at;
  }
  const notTold = countyNotTold(ctx, order.by, order.to ?? null);
  if (notTold) return notTold;

  const entersS = ctx.state.timeS + support.delayS;
  ctx.state.countyRequests.push({ force: order.force, atS: ctx.state.timeS, by: order.by, entersS, target: order.to ?? null });
  for (const unit of ctx.state.units) {
    if (ctx.world.units.get(unit.id)?.countyForce !== order.force) continue;
    unit.status = 'incoming';
    unit.entersS = entersS;
  }
  ctx.emit({ type: 'county.requested', force: order.force, by: order.by, arrivesS: entersS });
  return accepted;
}
