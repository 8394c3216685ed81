// How long a call takes to reach the other team: the scenario's delay per channel, a radio's drawn from its own stream.
import type { SimContext } from '../simContext.ts';
import type { CallChannel } from './knowledgeState.ts';

export function channelDelayS(ctx: SimContext, channel: CallChannel): number {
  const { phoneDelayS, radioMinDelayS, radioMaxDelayS } = ctx.world.drill.scenario.communication;
  if (channel === 'phone') return phoneDelayS;
  return radioMinDelayS + Math.floor(ctx.random.next('radio') * (radioMaxDelayS - radioMinDelayS + 1));
}
