// Each second, every team whose people are within sight of an active incident knows it, and sees its phase (and,
// on the spot, its casualties); a team whose own village or facility is hit knows it at once. A team that knows of an
// incident sees it end the same way (its last, final phase); an incident already over is discovered by nobody. It runs every second
// of every drill, so it is written to cost next to nothing when nothing it reads has changed: each incident's spec,
// place and range are worked out once (the range again when the phase changes), the units' eyes are gathered again
// only when the drill has changed or a unit is on a trip (Eyes.ts), who sees an incident is looked up again only when the eyes or its
// range have changed, and `learn` is only called when seeing would change what the team knows — so a quiet second
// costs a check of each active incident and of each seeing team's knowledge, and the record is what looking afresh
// every second would give (test/sim/knowledge/sightSkips.test.ts).
import type { System } from '../systems/system.ts';
import { incidentLocation } from '../incidents/incidentHost.ts';
import { incidentSpecOf } from '../state/incidentSpecOf.ts';
import type { SimContext } from '../simContext.ts';
import type { SimState } from '../state/simState.ts';
import type { IncidentState } from '../incidents/incidentState.ts';
import type { Incident } from '../scenario/incidentSchema.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { KnownIncident } from './knowledgeState.ts';
import { learn } from './learn.ts';
import { Eyes } from './Eyes.ts';
import { onTheSpotM, sightRangeM, visibleYet } from './sightRanges.ts';
import { seenFigures } from './truthFigures.ts';

/** One incident as the sight system keeps it between seconds. */
interface IncidentSight {
  id: string;
  spec: Incident;
  at: PointM;
  /** The team whose own village or facility the incident is at, if any. */
  ownTeam: string | null;
  /** Its kind shows nothing before the scenario's discovery. */
  hiddenUntilDiscovered: boolean;
  /** The phase the range was worked out for (undefined: not yet), and that range. */
  phase: string | null | undefined;
  rangeM: number;
  /** The eyes' version and the range of the last look (−1: never looked), and who saw it then, in order. */
  lookedVersion: number;
  lookedRangeM: number;
  teams: string[];
  onTheSpot: boolean[];
}

/** What the sight system keeps for one drill's state: the eyes, by place in the state's incident list each incident,
 *  and the drill's change count when it last finished looking (−1: never). */
interface Sight { state: SimState; eyes: Eyes; incidents: IncidentSight[]; lookedUpTo: number }

const sightOf = new WeakMap<SimState, Sight>();
/** The last drill looked at: most runs look at the same one second after second. */
let lastSight: Sight | null = null;

function sightFor(ctx: SimContext): Sight {
  if (lastSight?.state === ctx.state && lastSight.eyes.world === ctx.world) return lastSight;
  let sight = sightOf.get(ctx.state);
  if (!sight || sight.eyes.world !== ctx.world) {
    sight = { state: ctx.state, eyes: new Eyes(ctx.world), incidents: [], lookedUpTo: -1 };
    sightOf.set(ctx.state, sight);
  }
  lastSight = sight;
  return sight;
}

function incidentSight(ctx: SimContext, sight: Sight, i: number, incident: IncidentState): IncidentSight {
  const kept = sight.incidents[i];
  if (kept?.id === incident.id) return kept;
  const spec = incidentSpecOf(ctx.world, ctx.state, incident.id)!;
  const ownTeam = 'place' in spec.at && ctx.world.teams.has(spec.at.place) ? spec.at.place : null;
  const fresh: IncidentSight = {
    id: incident.id, spec, at: incidentLocation(ctx, spec), ownTeam, hiddenUntilDiscovered: !visibleYet(spec, null),
    phase: undefined, rangeM: 0, lookedVersion: -1, lookedRangeM: 0, teams: [], onTheSpot: [],
  };
  sight.incidents[i] = fresh;
  return fresh;
}

/** Who sees the incident now: looked up again only when the units' eyes or the incident's range have changed. */
function whoSees(seen: IncidentSight, eyes: Eyes, phase: string | null): void {
  if (seen.phase !== phase) {
    seen.phase = phase;
    seen.rangeM = sightRangeM(seen.spec, phase);
  }
  if (seen.lookedVersion === eyes.version && seen.lookedRangeM === seen.rangeM) return;
  eyes.look(seen.id, seen.at.xM, seen.at.yM, seen.rangeM);
  seen.lookedVersion = eyes.version;
  seen.lookedRangeM = seen.rangeM;
  seen.teams.length = 0;
  seen.onTheSpot.length = 0;
  for (const t of eyes.inSight) {
    seen.teams.push(eyes.teams[t]!);
    seen.onTheSpot.push(eyes.nearestM2[t]! <= onTheSpotM * onTheSpotM);
  }
}

/** Whether seeing the incident would tell a team anything it does not know (learn's own test, without its garbage). */
function news(known: KnownIncident | undefined, incident: IncidentState, onTheSpot: boolean): boolean {
  if (!known || known.phase !== incident.phase) return true;
  if (!onTheSpot) return false;
  const { casualties } = known;
  return casualties === null || casualties.deaths !== incident.casualties.deadCount
    || casualties.injured !== incident.casualties.injuredCount || casualties.missing !== incident.casualties.missingCount;
}

function tell(ctx: SimContext, team: string, incident: IncidentState, via: 'own' | 'sight', onTheSpot: boolean): void {
  const known = ctx.state.knowledge[team]?.[incident.id];
  // An incident over is nothing to discover (a cold, cleared scene): only a team that knew of it sees that it ended.
  if (incident.status === 'ended' && !known) return;
  if (!news(known, incident, onTheSpot)) return;
  learn(ctx, { team, incident: incident.id, via, from: null, figures: seenFigures(incident, onTheSpot) });
}

/** Whether some team that knows of an ended incident has not yet seen or been told its last phase (the end). */
function endNotYetSeen(ctx: SimContext, incident: IncidentState): boolean {
  for (const team in ctx.state.knowledge) {
    const known = ctx.state.knowledge[team]![incident.id];
    if (known && known.phase !== incident.phase) return true;
  }
  return false;
}

export const sightSystem: System = {
  name: 'sight',
  cadenceS: 1,
  run(ctx) {
    const sight = sightFor(ctx);
    // Nothing has changed since the last look (no event, no quiet change) and no unit is on a trip: the same teams see
    // the same incidents as they were, and already know what they show.
    if (ctx.changeCount() === sight.lookedUpTo && !sight.eyes.anyMoving) return;
    const { incidents } = ctx.state;
    let refreshed = false;
    for (let i = 0; i < incidents.length; i++) {
      const incident = incidents[i]!;
      if (incident.status === 'pending' || (incident.status === 'ended' && !endNotYetSeen(ctx, incident))) continue;
      const seen = incidentSight(ctx, sight, i, incident);
      if (seen.hiddenUntilDiscovered && incident.discoveredS === null) continue;
      if (seen.ownTeam !== null) tell(ctx, seen.ownTeam, incident, 'own', true);
      if (!refreshed) {
        sight.eyes.refresh(ctx.state, ctx.changeCount());
        refreshed = true;
      }
      whoSees(seen, sight.eyes, incident.phase);
      for (let k = 0; k < seen.teams.length; k++) tell(ctx, seen.teams[k]!, incident, 'sight', seen.onTheSpot[k]!);
    }
    // What the teams learnt here moved no unit: the eyes still hold.
    if (refreshed) sight.eyes.holdAt(ctx.changeCount());
    sight.lookedUpTo = ctx.changeCount();
  },
};
