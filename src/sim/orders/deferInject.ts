// Order of the facilitator (导演组): move a pending inject to a later sim time.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { Id } from '../scenario/vocabulary.ts';
import { pendingInject } from './injectQueue.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, isRejection, reject } from './rejection.ts';

export const DeferInjectOrder = z.strictObject({ type: z.literal('deferInject'), by: Id, inject: Id, dueS: z.int().min(0) });
export type DeferInjectOrder = z.infer<typeof DeferInjectOrder>;

export function deferInject(ctx: SimContext, order: DeferInjectOrder): OrderOutcome {
  const inject = pendingInject(ctx, order.by, order.inject);
  if (isRejection(inject)) return inject;
  if (order.dueS <= ctx.state.timeS) return reject('invalid-order', { detail: 'dueS must be later than now' });
  inject.dueS = order.dueS;
  ctx.emit({ type: 'inject.deferred', inject: inject.id, by: order.by, dueS: order.dueS });
  return accepted;
}
