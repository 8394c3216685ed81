// Order of the facilitator (导演组): drop a pending inject from this run of the drill.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { Id } from '../scenario/vocabulary.ts';
import { pendingInject } from './injectQueue.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, isRejection } from './rejection.ts';

export const SkipInjectOrder = z.strictObject({ type: z.literal('skipInject'), by: Id, inject: Id });
export type SkipInjectOrder = z.infer<typeof SkipInjectOrder>;

export function skipInject(ctx: SimContext, order: SkipInjectOrder): OrderOutcome {
  const inject = pendingInject(ctx, order.by, order.inject);
  if (isRejection(inject)) return inject;
  inject.status = 'skipped';
  ctx.emit({ type: 'inject.skipped', inject: inject.id, by: order.by });
  return accepted;
}
