// Orders of the facilitator (导演组): deliver an inject now, skip it, or defer it to a later time.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { Id, TeamFacilitator } from '../scenario/vocabulary.ts';
import type { InjectState } from '../state/simState.ts';
import type { OrderOutcome, Rejection } from './rejection.ts';
import { accepted, reject } from './rejection.ts';

export const FireInjectOrder = z.strictObject({ type: z.literal('fireInject'), by: Id, inject: Id });
export const SkipInjectOrder = z.strictObject({ type: z.literal('skipInject'), by: Id, inject: Id });
export const DeferInjectOrder = z.strictObject({ type: z.literal('deferInject'), by: Id, inject: Id, dueS: z.int().min(0) });
export type FireInjectOrder = z.infer<typeof FireInjectOrder>;
export type SkipInjectOrder = z.infer<typeof SkipInjectOrder>;
export type DeferInjectOrder = z.infer<typeof DeferInjectOrder>;

function pendingInject(ctx: SimContext, by: string, id: string): InjectState | Rejection {
  if (by !== TeamFacilitator) return reject('facilitator-only');
  const inject = ctx.state.injects.find((i) => i.id === id);
  if (!inject) return reject('unknown-inject', { inject: id });
  return inject.status === 'pending' ? inject : reject('inject-not-pending', { inject: id });
}

/** Delivers a pending inject at the current time; shared with the inject system. */
export function deliverInject(ctx: SimContext, inject: InjectState): void {
  const def = ctx.world.drill.scenario.injects.find((i) => i.id === inject.id)!;
  inject.status = 'delivered';
  inject.deliveredS = ctx.state.timeS;
  ctx.emit({ type: 'inject.delivered', inject: inject.id, to: def.to });
}

export function fireInject(ctx: SimContext, order: FireInjectOrder): OrderOutcome {
  const inject = pendingInject(ctx, order.by, order.inject);
  if ('ok' in inject) return inject;
  deliverInject(ctx, inject);
  return accepted;
}

export function skipInject(ctx: SimContext, order: SkipInjectOrder): OrderOutcome {
  const inject = pendingInject(ctx, order.by, order.inject);
  if ('ok' in inject) return inject;
  inject.status = 'skipped';
  ctx.emit({ type: 'inject.skipped', inject: inject.id, by: order.by });
  return accepted;
}

export function deferInject(ctx: SimContext, order: DeferInjectOrder): OrderOutcome {
  const inject = pendingInject(ctx, order.by, order.inject);
  if ('ok' in inject) return inject;
  if (order.dueS <= ctx.state.timeS) return reject('invalid-order', { detail: 'dueS must be later than now' });
  inject.dueS = order.dueS;
  ctx.emit({ type: 'inject.deferred', inject: inject.id, by: order.by, dueS: order.dueS });
  return accepted;
}
