// Each second, every team whose people are within sight of an active incident knows it, and sees its phase (and,
// on the spot, its casualties); a team whose own village or facility is hit knows it at once. It runs every second
// of every drill, so the eyes are gathered once per tick into flat arrays, and `learn` is only called when it would
// change what the team knows (learning again what a team knows is a no-op there too, so the record is the same).
import type { System } from '../systems/system.ts';
import { incidentLocation } from '../incidents/incidentHost.ts';
import { incidentSpecById } from '../world/world.ts';
import type { SimContext } from '../simContext.ts';
import type { IncidentState } from '../incidents/incidentState.ts';
import type { KnownIncident } from './knowledgeState.ts';
import { learn } from './learn.ts';
import { onTheSpotM, sightRangeM, visibleYet } from './sightRanges.ts';
import { seenFigures } from './truthFigures.ts';
import { forEachEye } from './teamEyes.ts';

/** The eyes of one tick as columns, and per team the squared nearest distance to the incident being looked at. */
class EyeColumns {
  count = 0;
  xM: number[] = [];
  yM: number[] = [];
  team: number[] = [];
  teams: string[] = [];
  private readonly indexOf = new Map<string, number>();
  nearestM2: number[] = [];
  /** Teams within sight of the incident being looked at, in the order their first eye came up. */
  inSight: number[] = [];

  gather(ctx: SimContext): void {
    this.count = 0;
    forEachEye(ctx.world, ctx.state, (team, at) => {
      let t = this.indexOf.get(team);
      if (t === undefined) {
        t = this.teams.length;
        this.indexOf.set(team, t);
        this.teams.push(team);
        this.nearestM2.push(-1);
      }
      this.xM[this.count] = at.xM;
      this.yM[this.count] = at.yM;
      this.team[this.count] = t;
      this.count++;
    });
  }

  /** Fills `inSight` and `nearestM2` for a point; squares, so that no engine-dependent square root decides who sees. */
  look(xM: number, yM: number, rangeM: number): void {
    for (const t of this.inSight) this.nearestM2[t] = -1;
    this.inSight.length = 0;
    const rangeM2 = rangeM * rangeM;
    for (let i = 0; i < this.count; i++) {
      const dx = this.xM[i]! - xM;
      const dy = this.yM[i]! - yM;
      const d = dx * dx + dy * dy;
      if (d > rangeM2) continue;
      const t = this.team[i]!;
      const before = this.nearestM2[t]!;
      if (before < 0) this.inSight.push(t);
      if (before < 0 || d < before) this.nearestM2[t] = d;
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
  if (!news(ctx.state.knowledge[team]?.[incident.id], incident, onTheSpot)) return;
  learn(ctx, { team, incident: incident.id, via, from: null, figures: seenFigures(incident, onTheSpot) });
}

function see(ctx: SimContext, incident: IncidentState, eyes: EyeColumns): void {
  const spec = incidentSpecById(ctx.world, incident.id)!;
  if (!visibleYet(spec, incident.discoveredS)) return;
  if ('place' in spec.at && ctx.world.teams.has(spec.at.place)) tell(ctx, spec.at.place, incident, 'own', true);
  const at = incidentLocation(ctx, spec);
  eyes.look(at.xM, at.yM, sightRangeM(spec, incident.phase));
  for (const t of eyes.inSight) tell(ctx, eyes.teams[t]!, incident, 'sight', eyes.nearestM2[t]! <= onTheSpotM * onTheSpotM);
}

const eyesOf = new WeakMap<SimContext['world'], EyeColumns>();

export const sightSystem: System = {
  name: 'sight',
  cadenceS: 1,
  run(ctx) {
    let eyes: EyeColumns | null = null;
    for (const incident of ctx.state.incidents) {
      if (incident.status !== 'active') continue;
      if (eyes === null) {
        eyes = eyesOf.get(ctx.world) ?? new EyeColumns();
        eyesOf.set(ctx.world, eyes);
        eyes.gather(ctx);
      }
      see(ctx, incident, eyes);
    }
  },
};
