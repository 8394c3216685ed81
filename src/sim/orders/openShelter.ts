// Order: the command post opens a shelter (安置点) so villages can be moved there.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { findShelter } from '../simContext.ts';
import { Id } from '../scenario/vocabulary.ts';
import { rejectUnknownTeam, rejectUnlessCommandPost } from './authority.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, reject } from './rejection.ts';

export const OpenShelterOrder = z.strictObject({ type: z.literal('openShelter'), by: Id, shelter: Id });
export type OpenShelterOrder = z.infer<typeof OpenShelterOrder>;

export function openShelter(ctx: SimContext, order: OpenShelterOrder): OrderOutcome {
  const refused = rejectUnknownTeam(ctx, order.by) ?? rejectUnlessCommandPost(order.by);
  if (refused) return refused;
  const shelter = findShelter(ctx, order.shelter);
  if (!shelter) return reject('unknown-shelter', { shelter: order.shelter });
  if (shelter.state.open) return reject('shelter-already-open', { shelter: shelter.def.id });

  shelter.state.open = true;
  ctx.emit({ type: 'shelter.opened', shelter: shelter.def.id, by: order.by });
  return accepted;
}
