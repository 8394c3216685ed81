// Units reach the end of their trips: on scene when sent somewhere (telling the incident there), at base when recalled.
import { announceArrival } from '../units/incidentPresence.ts';
import type { System } from './system.ts';

export const movementSystem: System = {
  name: 'movement',
  cadenceS: 1,
  run(ctx) {
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
  },
};
