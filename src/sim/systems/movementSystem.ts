// Units reach the end of their trips: on scene when sent somewhere (telling the incident there), at base when recalled.
import { announceArrival } from '../units/incidentPresence.ts';
import type { System } from './system.ts';
import { NextDue } from './nextDue.ts';

/** The first arrival of a unit on a trip. */
const arrivals = new NextDue((state) => {
  let dueS = Infinity;
  for (const unit of state.units) if (unit.movement !== null && unit.movement.arriveS < dueS) dueS = unit.movement.arriveS;
  return dueS;
});

export const movementSystem: System = {
  name: 'movement',
  cadenceS: 1,
  run(ctx) {
    if (arrivals.notYet(ctx)) return;
    for (const unit of ctx.state.units) {
      const m = unit.movement;
      if (!m || m.arriveS > ctx.state.timeS) continue;
      unit.at = m.pointsM[m.pointsM.length - 1]!;
      unit.movement = null;
      if (unit.status === 'returning') {
        unit.status = 'atBase';
        unit.target = null;
        ctx.emit({ type: 'unit.returned', unit: unit.id });
      } else {
        unit.status = 'onScene';
        ctx.emit({ type: 'unit.arrived', unit: unit.id, target: unit.target! });
        announceArrival(ctx, unit);
      }
    }
    arrivals.ran(ctx);
  },
};
