// Order: a phone or radio call from one team to another about an incident, with the figures the caller chooses to
// give (right or wrong) — how a village tells the command post before a formal report. It arrives after the
// channel's delay; the receiver then knows what it was told. The facilitator's word (an inject said in the hall)
// reaches the team at once.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { Id, TeamFacilitator } from '../scenario/vocabulary.ts';
import { channelDelayS } from '../knowledge/channelDelay.ts';
import type { KnownFigures } from '../knowledge/knowledgeState.ts';
import { rejectUnlessKnows } from '../knowledge/knows.ts';
import { learn } from '../knowledge/learn.ts';
import { rejectUnknownTeam } from './authority.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, reject } from './rejection.ts';

const Count = z.int().min(0).max(100_000);

/** An incident's phase as a caller or reporter states it (a machine phase such as `spreading`; a final one such as
 *  `extinguished` tells the receiver the incident is over), right or wrong. */
export const ToldPhase = z.string().regex(/^[a-zA-Z][a-zA-Z.]*$/).max(64);

export const RelayInformationOrder = z.strictObject({
  type: z.literal('relayInformation'),
  by: Id,
  /** The team called: the command post, a station, a village, an enterprise, or `county`. */
  to: Id,
  incident: Id,
  channel: z.enum(['phone', 'radio']).default('phone'),
  /** The figures given; whatever is left out the receiver does not learn from this call. */
  phase: ToldPhase.optional(),
  casualties: z.strictObject({ deaths: Count, injured: Count, missing: Count }).optional(),
  estimatedLossYuan: z.number().min(0).max(1e12).optional(),
});
export type RelayInformationOrder = z.infer<typeof RelayInformationOrder>;

function figuresOf(order: RelayInformationOrder): Partial<KnownFigures> {
  const figures: Partial<KnownFigures> = {};
  if (order.phase !== undefined) figures.phase = order.phase;
  if (order.casualties !== undefined) figures.casualties = { ...order.casualties };
  if (order.estimatedLossYuan !== undefined) figures.lossYuan = order.estimatedLossYuan;
  return figures;
}

export function relayInformation(ctx: SimContext, order: RelayInformationOrder): OrderOutcome {
  const refused = order.by === TeamFacilitator ? null : rejectUnknownTeam(ctx, order.by);
  if (refused) return refused;
  if (order.to !== 'county' && (order.to === TeamFacilitator || !ctx.world.teams.has(order.to))) return reject('unknown-team', { by: order.to });
  if (order.to === order.by) return reject('call-to-self');
  if (!ctx.state.incidents.some((i) => i.id === order.incident && i.status !== 'pending')) return reject('unknown-incident', { incident: order.incident });
  const unknown = rejectUnlessKnows(ctx, order.by, order.incident);
  if (unknown) return unknown;

  if (order.by === TeamFacilitator) {
    learn(ctx, { team: order.to, incident: order.incident, via: 'inject', from: TeamFacilitator, figures: figuresOf(order) });
    return accepted;
  }
  const call = {
    id: `call-${ctx.state.calls.length + 1}`,
    sentS: ctx.state.timeS,
    dueS: ctx.state.timeS + channelDelayS(ctx, order.channel),
    from: order.by, to: order.to, channel: order.channel, incident: order.incident,
    figures: figuresOf(order), delivered: false,
  };
  ctx.state.calls.push(call);
  ctx.emit({ type: 'call.placed', call: call.id, by: call.from, to: call.to, channel: call.channel, incident: call.incident, dueS: call.dueS });
  return accepted;
}
