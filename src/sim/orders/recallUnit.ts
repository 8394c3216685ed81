// Order: bring a unit back to its base from wherever it is, even halfway to a scene.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { Id } from '../scenario/vocabulary.ts';
import { etaS, planTrip } from '../units/trips.ts';
import { announceDeparture } from '../units/incidentPresence.ts';
import { commandedUnitOnMap } from './unitOnMap.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, isRejection, reject } from './rejection.ts';

export const RecallUnitOrder = z.strictObject({ type: z.literal('recallUnit'), by: Id, unit: Id });
export type RecallUnitOrder = z.infer<typeof RecallUnitOrder>;

export function recallUnit(ctx: SimContext, order: RecallUnitOrder): OrderOutcome {
  const unit = commandedUnitOnMap(ctx, order.by, order.unit);
  if (isRejection(unit)) return unit;
  if (unit.state.status === 'atBase' || unit.state.status === 'returning') return reject('already-home', { unit: unit.def.id });
  const base = ctx.world.objects.get(unit.def.base)!;
  const trip = planTrip(ctx, unit.def, unit.state, base.at);
  if (!trip) return reject('unreachable', { unit: unit.def.id });

  announceDeparture(ctx, unit.state);
  unit.state.status = 'returning';
  unit.state.target = { place: unit.def.base };
  unit.state.movement = trip;
  ctx.emit({ type: 'unit.recalled', unit: unit.def.id, by: order.by, etaS: etaS(ctx, trip) });
  return accepted;
}
