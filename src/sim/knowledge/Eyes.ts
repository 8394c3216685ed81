// Where every team has eyes, for the sight system: teams by index, the teams' own places within reach of each
// incident (static, worked out once), and the units' eyes in flat columns, gathered again only when something has
// changed in the drill since the last gathering (while nothing has, only the units on a trip move). `version` counts
// the gatherings, so that what was seen with one gathering can be kept until the next.
import { commanderOf } from '../orders/authority.ts';
import type { SimState, UnitState } from '../state/simState.ts';
import { unitPositionAt } from '../units/trips.ts';
import type { World } from '../world/world.ts';
import { teamPlaces, unitHasEyes } from './teamEyes.ts';

interface PlaceInRange { team: number; distanceM2: number }

export class Eyes {
  readonly teams: string[] = [];
  private readonly indexOf = new Map<string, number>();
  /** By incident, then range (m): the teams whose own place is within range, in team order, and their squared distance. */
  private readonly placesInRange = new Map<string, Map<number, PlaceInRange[]>>();
  /** Bumped each time the units' eyes are gathered again. */
  version = 0;
  private unitCount = 0;
  private readonly unitXM: number[] = [];
  private readonly unitYM: number[] = [];
  private readonly unitTeam: number[] = [];
  /** Per place in the state's unit list: the unit's id and owner's team index (a unit not assigned is its owner's). */
  private readonly ownerAt: { unit: string; team: number }[] = [];
  /** The drill's change count (SimContext.changeCount) up to which the gathered eyes hold (−1: never gathered), and
   *  whether a unit was on a trip then (it moves every second). */
  private holdUpTo = -1;
  /** A unit was on a trip at the last gathering; those units by place in the state's list, and their eyes' slots. */
  anyMoving = false;
  private movingCount = 0;
  private readonly movingUnit: number[] = [];
  private readonly movingSlot: number[] = [];
  /** Per team, the squared nearest distance to the incident being looked at (−1: not in sight). */
  readonly nearestM2: number[] = [];
  /** Teams within sight of the incident being looked at, in the order their first eye came up. */
  readonly inSight: number[] = [];

  constructor(readonly world: World) {}

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

  /** Gathers the units' eyes at the state's time again, unless nothing has changed since the last gathering: then
   *  only the units on a trip have moved (every change to a unit is an event, or counted as a change without one). */
  refresh(state: SimState, changeCount: number): void {
    const { units, timeS } = state;
    if (changeCount === this.holdUpTo) {
      if (!this.anyMoving) return;
      this.version++;
      for (let k = 0; k < this.movingCount; k++) {
        const slot = this.movingSlot[k]!;
        const at = unitPositionAt(units[this.movingUnit[k]!]!, timeS);
        this.unitXM[slot] = at.xM;
        this.unitYM[slot] = at.yM;
      }
      return;
    }
    this.version++;
    this.holdUpTo = changeCount;
    this.unitCount = 0;
    this.movingCount = 0;
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      if (!unitHasEyes(unit)) continue;
      if (unit.movement !== null) {
        this.movingUnit[this.movingCount] = i;
        this.movingSlot[this.movingCount] = this.unitCount;
        this.movingCount++;
      }
      const at = unitPositionAt(unit, timeS);
      this.unitXM[this.unitCount] = at.xM;
      this.unitYM[this.unitCount] = at.yM;
      this.unitTeam[this.unitCount] = this.commanderIndex(unit, i);
      this.unitCount++;
    }
    this.anyMoving = this.movingCount > 0;
  }

  /** The changes counted since the last gathering up to `changeCount` left every unit as it was (they were the
   *  sight system's own learning). */
  holdAt(changeCount: number): void {
    this.holdUpTo = changeCount;
  }

  private placesNear(incident: string, xM: number, yM: number, rangeM: number): PlaceInRange[] {
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
