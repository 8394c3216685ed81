// What the whole hall may see: the command post's view — the incidents it has been told of, as it was told, and
// what it announces (warnings, roads, shelters, the response level) — never what one team learnt or the calls
// between teams, and never the facilitator's hand (skipped or deferred injects, a curveball being placed, any order
// the facilitator gives). The projector shows this whatever the facilitator's own screen shows.
import type { SimEvent, TeamView } from '../../sim/index.ts';
import { TeamCommandPost } from '../../sim/index.ts';
import { teamSeesEvent } from '../views/teamEvents.ts';

/** The team whose view the hall sees. */
export const publicTeam = TeamCommandPost;

const facilitatorEvents: ReadonlySet<SimEvent['type']> = new Set(['inject.skipped', 'inject.deferred', 'incident.added']);
/** What one team learnt, and the calls between teams, are that team's own business, not the hall's. */
const privateEvents: ReadonlySet<SimEvent['type']> = new Set(['knowledge.gained', 'call.placed']);

/** Whether the hall may see `event`, given the public (command post's) view. */
export function publicEventVisible(event: SimEvent, view: TeamView): boolean {
  if (facilitatorEvents.has(event.type) || privateEvents.has(event.type) || ('by' in event && event.by === 'facilitator')) return false;
  return teamSeesEvent(view, event);
}
