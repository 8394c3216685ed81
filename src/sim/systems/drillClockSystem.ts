// Says once that the scenario's duration is over; the sim keeps running if the facilitator carries on.
import type { System } from './system.ts';

export const drillClockSystem: System = {
  name: 'drillClock',
  cadenceS: 1,
  run(ctx) {
    const { durationS } = ctx.world.drill.scenario;
    if (ctx.state.timeUp || ctx.state.timeS < durationS) return;
    ctx.state.timeUp = true;
    ctx.emit({ type: 'drill.timeUp', durationS });
  },
};
