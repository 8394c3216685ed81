// What the whole hall may see: incidents once someone in the drill has learnt of them, and their events from
// then on; never the facilitator's hand (skipped or deferred injects, a curveball being placed, any order the
// facilitator gives). It is the "public" view the projector shows, whatever the facilitator's own screen shows.
import type { SimEvent, SimState } from '../../sim/index.ts';

type Incident = SimState['incidents'][number];

export function publicIncidentVisible(incident: Incident): boolean {
  return incident.status !== 'pending' && incident.discoveredS !== null;
}

const facilitatorEvents: ReadonlySet<SimEvent['type']> = new Set(['inject.skipped', 'inject.deferred', 'incident.added']);
/** What one team learnt, and the calls between teams, are that team's own business, not the hall's. */
const privateEvents: ReadonlySet<SimEvent['type']> = new Set(['knowledge.gained', 'call.placed']);

export function publicEventVisible(event: SimEvent, state: SimState): boolean {
  return publicEventShown(event, (incident) => state.incidents.find((i) => i.id === incident)?.discoveredS ?? null);
}

/** The same rule given only when each incident was discovered (null: not yet): what the hall server keeps. */
export function publicEventShown(event: SimEvent, discoveredSOf: (incident: string) => number | null): boolean {
  if (facilitatorEvents.has(event.type) || privateEvents.has(event.type) || ('by' in event && event.by === 'facilitator')) return false;
  if (!('incident' in event) || event.incident === null) return true;
  const discoveredS = discoveredSOf(event.incident);
  return discoveredS !== null && event.timeS >= discoveredS;
}
