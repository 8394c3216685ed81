// Order: issue a warning of a colour (蓝 黄 橙 红) to named villages or the whole township.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { findVillage } from '../simContext.ts';
import { Id, NonEmptyText, WarningColour } from '../scenario/vocabulary.ts';
import { rejectUnknownTeam, rejectUnlessCommandPost, rejectUnlessOwnVillages } from './authority.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, reject } from './rejection.ts';
import { learn } from '../knowledge/learn.ts';
import { rejectUnlessKnows } from '../knowledge/knows.ts';

export const IssueWarningOrder = z.strictObject({
  type: z.literal('issueWarning'),
  by: Id,
  colour: WarningColour,
  to: z.union([z.literal('township'), z.array(Id).min(1)]),
  message: NonEmptyText,
  /** The incident the warning is about, if any: the warned villages then know of it. */
  incident: Id.optional(),
  /** 'shelterInPlace': the warning tells people to stay indoors with doors and windows shut — the one that
   *  protects them under a toxic plume; any other warning only alerts. */
  instruction: z.literal('shelterInPlace').optional(),
});
export type IssueWarningOrder = z.infer<typeof IssueWarningOrder>;

export function issueWarning(ctx: SimContext, order: IssueWarningOrder): OrderOutcome {
  const refused = rejectUnknownTeam(ctx, order.by);
  if (refused) return refused;
  const township = order.to === 'township';
  if (township) {
    const notCommandPost = rejectUnlessCommandPost(order.by);
    if (notCommandPost) return notCommandPost;
  }
  const villages = township ? ctx.state.villages.map((v) => v.id) : [...new Set(order.to)];
  const unknownVillage = villages.find((id) => !findVillage(ctx, id));
  if (unknownVillage) return reject('unknown-village', { village: unknownVillage });
  const notOwn = rejectUnlessOwnVillages(ctx, order.by, villages);
  if (notOwn) return notOwn;
  const about = order.incident;
  if (about !== undefined && !ctx.state.incidents.some((i) => i.id === about && i.status !== 'pending')) return reject('unknown-incident', { incident: about });
  const unknown = about === undefined ? null : rejectUnlessKnows(ctx, order.by, about);
  if (unknown) return unknown;

  for (const id of villages) findVillage(ctx, id)!.state.warning = order.colour;
  const shelter = order.instruction === 'shelterInPlace' ? { shelterInPlace: true as const } : {};
  const warning = { atS: ctx.state.timeS, by: order.by, colour: order.colour, township, villages, message: order.message, ...shelter };
  ctx.state.warnings.push(warning);
  ctx.emit({ type: 'warning.issued', colour: order.colour, villages, township, by: order.by, message: order.message, ...shelter });
  if (about !== undefined) for (const village of villages) learn(ctx, { team: village, incident: about, via: 'warning', from: order.by, figures: {} });
  return accepted;
}
