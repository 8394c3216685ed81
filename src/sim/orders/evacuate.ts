// Order: move the people of villages (named, or every village in a circle) to an open shelter.
// The move itself happens minute by minute in the evacuation system.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { findShelter, findVillage } from '../simContext.ts';
import { Id } from '../scenario/vocabulary.ts';
import { distanceM } from '../world/roadGraph.ts';
import { rejectUnknownTeam, rejectUnlessOwnVillages } from './authority.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, reject } from './rejection.ts';

const Area = z.strictObject({ xM: z.number().finite(), yM: z.number().finite(), radiusM: z.number().positive().max(50_000) });

export const EvacuateOrder = z.strictObject({
  type: z.literal('evacuate'),
  by: Id,
  villages: z.array(Id).min(1).optional(),
  area: Area.optional(),
  shelter: Id,
}).refine((o) => (o.villages === undefined) !== (o.area === undefined), { error: 'name either villages or an area, not both' });
export type EvacuateOrder = z.infer<typeof EvacuateOrder>;

function villagesOf(ctx: SimContext, order: EvacuateOrder): string[] {
  if (order.villages) return order.villages;
  const area = order.area!;
  return ctx.world.drill.map.villages.filter((v) => distanceM(v.at, area) <= area.radiusM).map((v) => v.id);
}

export function evacuate(ctx: SimContext, order: EvacuateOrder): OrderOutcome {
  const refused = rejectUnknownTeam(ctx, order.by);
  if (refused) return refused;
  const ids = villagesOf(ctx, order);
  if (ids.length === 0) return reject('no-village-in-area');
  const unknown = ids.find((id) => !findVillage(ctx, id));
  if (unknown) return reject('unknown-village', { village: unknown });
  const notOwn = rejectUnlessOwnVillages(ctx, order.by, ids);
  if (notOwn) return notOwn;
  const shelter = findShelter(ctx, order.shelter);
  if (!shelter) return reject('unknown-shelter', { shelter: order.shelter });
  if (!shelter.state.open) return reject('shelter-closed', { shelter: shelter.def.id });
  if (shelter.state.occupantCount >= shelter.def.capacity) return reject('shelter-full', { shelter: shelter.def.id });
  const remaining = ids.filter((id) => { const v = findVillage(ctx, id)!.state; return v.atHomeCount + v.atHomeVulnerableCount > 0; });
  if (remaining.length === 0) return reject('evacuation-done', { village: ids[0]! });

  for (const id of remaining) {
    findVillage(ctx, id)!.state.evacuation = { shelter: shelter.def.id, orderedS: ctx.state.timeS, by: order.by, completedS: null, stalled: false };
    ctx.emit({ type: 'evacuation.ordered', village: id, shelter: shelter.def.id, by: order.by });
  }
  return accepted;
}
