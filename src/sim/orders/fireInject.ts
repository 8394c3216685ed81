// Order of the facilitator (导演组): deliver a pending inject now, ahead of its time.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { Id } from '../scenario/vocabulary.ts';
import { deliverInject, pendingInject } from './injectQueue.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, isRejection } from './rejection.ts';

export const FireInjectOrder = z.strictObject({ type: z.literal('fireInject'), by: Id, inject: Id });
export type FireInjectOrder = z.infer<typeof FireInjectOrder>;

export function fireInject(ctx: SimContext, order: FireInjectOrder): OrderOutcome {
  const inject = pendingInject(ctx, order.by, order.inject);
  if (isRejection(inject)) return inject;
  deliverInject(ctx, inject);
  return accepted;
}
