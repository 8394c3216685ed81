// Delivers each call when it arrives: the receiving team then knows what the caller chose to tell, right or wrong.
import type { System } from '../systems/system.ts';
import { learn } from './learn.ts';

export const callSystem: System = {
  name: 'calls',
  cadenceS: 1,
  run(ctx) {
    for (const call of ctx.state.calls) {
      if (call.delivered || call.dueS > ctx.state.timeS) continue;
      call.delivered = true;
      learn(ctx, { team: call.to, incident: call.incident, via: 'call', from: call.from, figures: call.figures });
    }
  },
};
