// Whether a team can see an incident now, by the sight system's rule: its own village or facility is hit, or one of
// its eyes (its own place, its units on the map) is within the incident's sight range — and the incident can be seen
// at all yet. A team that was only told of an incident knows its figures but does not see it.
import type { IncidentState } from '../incidents/incidentState.ts';
import type { Incident } from '../scenario/incidentSchema.ts';
import type { SimState } from '../state/simState.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { World } from '../world/world.ts';
import { sightRangeM, visibleYet } from './sightRanges.ts';
import { forEachEyeOf } from './teamEyes.ts';

export function teamSees(world: World, state: SimState, team: string, incident: IncidentState, spec: Incident, at: PointM): boolean {
  if (!visibleYet(spec, incident.discoveredS)) return false;
  if ('place' in spec.at && spec.at.place === team) return true;
  const rangeM = sightRangeM(spec, incident.phase);
  let seen = false;
  forEachEyeOf(world, state, team, (eye) => {
    const dx = eye.xM - at.xM;
    const dy = eye.yM - at.yM;
    if (dx * dx + dy * dy <= rangeM * rangeM) seen = true;
  });
  return seen;
}
