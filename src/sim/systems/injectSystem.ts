// Delivers each pending inject when its time comes (a paused drill advances no time, so it holds injects too).
import { deliverInject } from '../orders/injectQueue.ts';
import type { System } from './system.ts';

export const injectSystem: System = {
  name: 'injects',
  cadenceS: 1,
  run(ctx) {
    for (const inject of ctx.state.injects) {
      if (inject.status === 'pending' && inject.dueS <= ctx.state.timeS) deliverInject(ctx, inject);
    }
  },
};
