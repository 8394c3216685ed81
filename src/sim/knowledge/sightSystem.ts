// Each second, every team whose people are within sight of an active incident knows it, and sees its phase (and,
// on the spot, its casualties); a team whose own village or facility is hit knows it at once. A team that knows of an
// incident sees it end the same way (its last, final phase); an incident already over is discovered by nobody. It runs every second
// of every drill, so it is written to cost next to nothing: the teams' places within each incident's range are worked
// out once, the units' eyes are gathered once per tick into flat columns (only when some incident can be seen), and
// `learn` is only called when it would change what the team knows (learning again what a team knows is a no-op there
// too, so the record is the same).
import type { System } from '../systems/system.ts';
import { incidentLocation } from '../incidents/incidentHost.ts';
import { commanderOf } from '../orders/authority.ts';
import { unitPositionAt } from '../units/trips.ts';
import { incidentSpecOf } from '../state/incidentSpecOf.ts';
import type { World } from '../world/world.ts';
import type { SimContext } from '../simContext.ts';
import type { UnitState } from '../state/simState.ts';
import type { IncidentState } from '../incidents/incidentState.ts';
import type { KnownIncident } from './knowledgeState.ts';
import { learn } from './learn.ts';
import { onTheSpotM, sightRangeM, visibleYet } from './sightRanges.ts';
import { seenFigures } from './truthFigures.ts';
import { teamPlaces, unitHasEyes } from './teamEyes.ts';

/** One world's eyes: teams by index, the places within reach of each incident, the units' eyes of the last tick. */
class Eyes {
  readonly teams: string[] = [];
  private readonly indexOf = new Map<string, number>();
  /** By incident, then range (m): the teams whose own place is within range, in team order, and their squared distance. */
  private readonly placesInRange = new Map<string, Map<number, { team: number; distanceM2: number }[]>>();
  unitCount = 0;
  readonly unitXM: number[] = [];
  readonly unitYM: number[] = [];
  readonly unitTeam: number[] = [];
  /** Per place in the state's unit list: the unit's id and owner's team index (a unit not assigned is its owner's). */
  private readonly ownerAt: { unit: string; team: number }[] = [];
  /** Per team, the squared nearest distance to the incident being looked at (−1: not in sight). */
  readonly nearestM2: number[] = [];
  /** Teams within sight of the incident being looked at, in the order their first eye came up. */
  readonly inSight: number[] = [];

  constructor(private readonly world: World) {}

  private teamIndex(team: string): number {
    let t = this.indexOf.get(team);
    if (t === undefined) {
      t = this.teams.length;
      this.indexOf.set(team, t);
      this.teams.push(team);
      this.nearestM2.push(-1);
    }
    return t;
  }

  private commanderIndex(unit: UnitState, i: number): number {
    if (unit.assignedTo !== null) return this.teamIndex(unit.assignedTo);
    let owner = this.ownerAt[i];
    if (owner?.unit !== unit.id) {
      owner = { unit: unit.id, team: this.teamIndex(commanderOf(this.world.units.get(unit.id)!, unit)) };
      this.ownerAt[i] = owner;
    }
    return owner.team;
  }

  gatherUnits(ctx: SimContext): void {
    this.unitCount = 0;
    const { units, timeS } = ctx.state;
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      if (!unitHasEyes(unit)) continue;
      const at = unitPositionAt(unit, timeS);
      this.unitXM[this.unitCount] = at.xM;
      this.unitYM[this.unitCount] = at.yM;
      this.unitTeam[this.unitCount] = this.commanderIndex(unit, i);
      this.unitCount++;
    }
  }

  private placesNear(incident: string, xM: number, yM: number, rangeM: number): { team: number; distanceM2: number }[] {
    let byRange = this.placesInRange.get(incident);
    if (!byRange) {
      byRange = new Map();
      this.placesInRange.set(incident, byRange);
    }
    let places = byRange.get(rangeM);
    if (!places) {
      places = teamPlaces(this.world).flatMap((place) => {
        const dx = place.at.xM - xM;
        const dy = place.at.yM - yM;
        const distanceM2 = dx * dx + dy * dy;
        return distanceM2 <= rangeM * rangeM ? [{ team: this.teamIndex(place.team), distanceM2 }] : [];
      });
      byRange.set(rangeM, places);
    }
    return places;
  }

  private sighted(t: number, distanceM2: number): void {
    const before = this.nearestM2[t]!;
    if (before < 0) this.inSight.push(t);
    if (before < 0 || distanceM2 < before) this.nearestM2[t] = distanceM2;
  }

  /** Fills `inSight` and `nearestM2` for an incident's point: the teams' places first, then the units in roster
   *  order; squares, so that no engine-dependent square root decides who sees. */
  look(incident: string, xM: number, yM: number, rangeM: number): void {
    for (const t of this.inSight) this.nearestM2[t] = -1;
    this.inSight.length = 0;
    for (const place of this.placesNear(incident, xM, yM, rangeM)) this.sighted(place.team, place.distanceM2);
    const rangeM2 = rangeM * rangeM;
    for (let i = 0; i < this.unitCount; i++) {
      const dx = this.unitXM[i]! - xM;
      const dy = this.unitYM[i]! - yM;
      const distanceM2 = dx * dx + dy * dy;
      if (distanceM2 <= rangeM2) this.sighted(this.unitTeam[i]!, distanceM2);
    }
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

const eyesOf = new WeakMap<World, Eyes>();

function eyesFor(world: World): Eyes {
  let eyes = eyesOf.get(world);
  if (!eyes) {
    eyes = new Eyes(world);
    eyesOf.set(world, eyes);
  }
  return eyes;
}

export const sightSystem: System = {
  name: 'sight',
  cadenceS: 1,
  run(ctx) {
    let eyes: Eyes | null = null;
    for (const incident of ctx.state.incidents) {
      if (incident.status === 'pending' || (incident.status === 'ended' && !endNotYetSeen(ctx, incident))) continue;
      const spec = incidentSpecOf(ctx.world, ctx.state, incident.id)!;
      if (!visibleYet(spec, incident.discoveredS)) continue;
      if ('place' in spec.at && ctx.world.teams.has(spec.at.place)) tell(ctx, spec.at.place, incident, 'own', true);
      if (eyes === null) {
        eyes = eyesFor(ctx.world);
        eyes.gatherUnits(ctx);
      }
      const at = incidentLocation(ctx, spec);
      eyes.look(incident.id, at.xM, at.yM, sightRangeM(spec, incident.phase));
      for (const t of eyes.inSight) tell(ctx, eyes.teams[t]!, incident, 'sight', eyes.nearestM2[t]! <= onTheSpotM * onTheSpotM);
    }
  },
};
