// Order: send a unit to a map object or a point. It travels by the fastest open roads and reports its arrival.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { Id } from '../scenario/vocabulary.ts';
import { sameTarget, TargetSchema } from '../state/target.ts';
import { etaS, planTrip } from '../units/trips.ts';
import { announceDeparture } from '../units/incidentPresence.ts';
import { commandedUnitOnMap } from './unitOnMap.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, isRejection, reject } from './rejection.ts';
import { resolveTarget } from './resolveTarget.ts';
import { rejectUnlessKnows } from '../knowledge/knows.ts';
import { targetIncident } from '../state/target.ts';

export const DispatchUnitOrder = z.strictObject({ type: z.literal('dispatchUnit'), by: Id, unit: Id, to: TargetSchema });
export type DispatchUnitOrder = z.infer<typeof DispatchUnitOrder>;

export function dispatchUnit(ctx: SimContext, order: DispatchUnitOrder): OrderOutcome {
  const unit = commandedUnitOnMap(ctx, order.by, order.unit);
  if (isRejection(unit)) return unit;
  if ((unit.state.status === 'enRoute' || unit.state.status === 'onScene') && sameTarget(unit.state.target, order.to)) {
    return reject('already-there', { unit: unit.def.id });
  }
  const about = targetIncident(order.to);
  const unknown = about === null ? null : rejectUnlessKnows(ctx, order.by, about);
  if (unknown) return unknown;
  const to = resolveTarget(ctx, order.to);
  if (isRejection(to)) return to;
  const trip = planTrip(ctx, unit.def, unit.state, to, order.to);
  if (!trip) return reject('unreachable', { unit: unit.def.id });

  announceDeparture(ctx, unit.state);
  unit.state.status = 'enRoute';
  unit.state.target = order.to;
  unit.state.movement = trip;
  ctx.emit({ type: 'unit.dispatched', unit: unit.def.id, by: order.by, target: order.to, etaS: etaS(ctx, trip) });
  return accepted;
}
