// Each second, every team whose people are within sight of an active incident knows it, and sees its phase (and,
// on the spot, its casualties); a team whose own village or facility is hit knows it at once.
import type { System } from '../systems/system.ts';
import { incidentLocation } from '../incidents/incidentHost.ts';
import { incidentSpecOf } from '../state/incidentSpecOf.ts';
import type { SimContext } from '../simContext.ts';
import type { IncidentState } from '../incidents/incidentState.ts';
import { learn } from './learn.ts';
import { onTheSpotM, sightRangeM, visibleYet } from './sightRanges.ts';
import { seenFigures } from './truthFigures.ts';
import type { Eye } from './teamEyes.ts';
import { teamEyes } from './teamEyes.ts';

/** The squared nearest distance (m²) from each team's eyes to a point, for teams within `rangeM`, in the order first
 *  seen (squares, so that no engine-dependent square root decides who sees). */
function nearestWithin(eyes: readonly Eye[], at: { xM: number; yM: number }, rangeM: number): Map<string, number> {
  const nearest = new Map<string, number>();
  for (const eye of eyes) {
    const dx = eye.at.xM - at.xM;
    const dy = eye.at.yM - at.yM;
    const d = dx * dx + dy * dy;
    if (d > rangeM * rangeM) continue;
    const before = nearest.get(eye.team);
    if (before === undefined || d < before) nearest.set(eye.team, d);
  }
  return nearest;
}

function see(ctx: SimContext, incident: IncidentState, eyes: readonly Eye[]): void {
  const spec = incidentSpecOf(ctx.world, ctx.state, incident.id)!;
  if (!visibleYet(spec, incident.discoveredS)) return;
  if ('place' in spec.at && ctx.world.teams.has(spec.at.place)) {
    learn(ctx, { team: spec.at.place, incident: incident.id, via: 'own', from: null, figures: seenFigures(incident, true) });
  }
  for (const [team, distanceM2] of nearestWithin(eyes, incidentLocation(ctx, spec), sightRangeM(spec, incident.phase))) {
    learn(ctx, { team, incident: incident.id, via: 'sight', from: null, figures: seenFigures(incident, distanceM2 <= onTheSpotM * onTheSpotM) });
  }
}

export const sightSystem: System = {
  name: 'sight',
  cadenceS: 1,
  run(ctx) {
    let eyes: Eye[] | null = null;
    for (const incident of ctx.state.incidents) {
      if (incident.status !== 'active') continue;
      eyes ??= teamEyes(ctx);
      see(ctx, incident, eyes);
    }
  },
};
