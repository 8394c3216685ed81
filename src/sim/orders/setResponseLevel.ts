// Order: the command post starts, raises, lowers or stands down the township's emergency response (IV … I).
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { Id, ResponseLevel } from '../scenario/vocabulary.ts';
import { rejectUnknownTeam, rejectUnlessCommandPost } from './authority.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, reject } from './rejection.ts';

export const SetResponseLevelOrder = z.strictObject({ type: z.literal('setResponseLevel'), by: Id, level: ResponseLevel });
export type SetResponseLevelOrder = z.infer<typeof SetResponseLevelOrder>;

export function setResponseLevel(ctx: SimContext, order: SetResponseLevelOrder): OrderOutcome {
  const refused = rejectUnknownTeam(ctx, order.by) ?? rejectUnlessCommandPost(order.by);
  if (refused) return refused;
  if (ctx.state.responseLevel === order.level) return reject('same-response-level', { level: order.level });

  ctx.state.responseLevel = order.level;
  ctx.emit({ type: 'response.levelSet', level: order.level, by: order.by });
  return accepted;
}
