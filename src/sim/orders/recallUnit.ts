// Order: bring a unit back to its base from wherever it is, even halfway to a scene.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { findUnit } from '../simContext.ts';
import { Id } from '../scenario/vocabulary.ts';
import { etaS, planTrip } from '../units/trips.ts';
import { nameOf } from '../world/world.ts';
import { announceDeparture } from '../units/incidentPresence.ts';
import { rejectUnknownTeam, rejectUnlessCommands } from './authority.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, reject } from './rejection.ts';

export const RecallUnitOrder = z.strictObject({ type: z.literal('recallUnit'), by: Id, unit: Id });
export type RecallUnitOrder = z.infer<typeof RecallUnitOrder>;

export function recallUnit(ctx: SimContext, order: RecallUnitOrder): OrderOutcome {
  const unit = findUnit(ctx, order.unit);
  if (!unit) return reject('unknown-unit', { unit: order.unit });
  const refused = rejectUnknownTeam(ctx, order.by) ?? rejectUnlessCommands(ctx, order.by, unit.def, unit.state);
  if (refused) return refused;
  const name = nameOf(ctx.world, unit.def.id);
  if (unit.state.status === 'offMap' || unit.state.status === 'incoming') return reject('unit-not-on-map', { unit: name });
  if (unit.state.status === 'atBase' || unit.state.status === 'returning') return reject('already-home', { unit: name });
  const base = ctx.world.objects.get(unit.def.base)!;
  const trip = planTrip(ctx, unit.def, unit.state, base.at);
  if (!trip) return reject('unreachable', { unit: name });

  announceDeparture(ctx, unit.state);
  unit.state.status = 'returning';
  unit.state.target = { place: unit.def.base };
  unit.state.movement = trip;
  ctx.emit({ type: 'unit.recalled', unit: unit.def.id, by: order.by, etaS: etaS(ctx, trip) });
  return accepted;
}
