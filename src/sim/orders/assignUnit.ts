// Order: the command post puts a unit under another team (a village, a station), or back under its owner.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { findUnit } from '../simContext.ts';
import { Id } from '../scenario/vocabulary.ts';
import { commanderOf, rejectUnknownTeam, rejectUnlessCommandPost } from './authority.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, reject } from './rejection.ts';

export const AssignUnitOrder = z.strictObject({ type: z.literal('assignUnit'), by: Id, unit: Id, team: Id });
export type AssignUnitOrder = z.infer<typeof AssignUnitOrder>;

export function assignUnit(ctx: SimContext, order: AssignUnitOrder): OrderOutcome {
  const refused = rejectUnknownTeam(ctx, order.by) ?? rejectUnlessCommandPost(order.by);
  if (refused) return refused;
  const unit = findUnit(ctx, order.unit);
  if (!unit) return reject('unknown-unit', { unit: order.unit });
  if (!ctx.world.teams.has(order.team)) return reject('unknown-team', { by: order.team });
  if (commanderOf(unit.def, unit.state) === order.team) {
    return reject('already-assigned', { unit: unit.def.id, team: order.team });
  }

  unit.state.assignedTo = order.team === unit.def.owner ? null : order.team;
  ctx.emit({ type: 'unit.assigned', unit: unit.def.id, team: order.team, by: order.by });
  return accepted;
}
