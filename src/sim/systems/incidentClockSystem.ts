// Starts each scenario incident at its time, and lets the team the scenario names as its discoverer know it (and
// the addressee of an inject the facilitator fired ahead of it).
import { startIncident, incidentSpec } from '../incidents/incidentHost.ts';
import type { System } from './system.ts';
import { learn } from '../knowledge/learn.ts';
import { seenFigures } from '../knowledge/truthFigures.ts';
import { tellOfIncidentsBegun } from '../orders/injectQueue.ts';

export const incidentClockSystem: System = {
  name: 'incidentClock',
  cadenceS: 1,
  run(ctx) {
    const now = ctx.state.timeS;
    for (const incident of ctx.state.incidents) {
      const spec = incidentSpec(ctx, incident.id);
      if (incident.status === 'pending' && 'atS' in spec.start && spec.start.atS <= now) startIncident(ctx, incident);
      if (incident.startedS !== null && incident.discoveredS === null && incident.startedS + spec.discovery.delayS <= now) {
        incident.discoveredS = now;
        ctx.emit({ type: 'incident.discovered', incident: incident.id, by: spec.discovery.by });
        learn(ctx, { team: spec.discovery.by, incident: incident.id, via: 'sight', from: null, figures: seenFigures(incident, true) });
      }
    }
    tellOfIncidentsBegun(ctx);
  },
};
