// Where each team has eyes now: its own village, station or facility, and its units on the map (by who commands
// them).
import type { SimState, UnitState } from '../state/simState.ts';
import { commanderOf } from '../orders/authority.ts';
import { unitPositionAt } from '../units/trips.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { World } from '../world/world.ts';

export interface Eye { team: string; at: PointM }

const placesOf = new WeakMap<World, readonly Eye[]>();

/** The teams' own places, in team order (static: built once per world). */
export function teamPlaces(world: World): readonly Eye[] {
  let places = placesOf.get(world);
  if (!places) {
    places = [...world.teams].flatMap((team) => {
      const place = world.objects.get(team);
      return place ? [{ team, at: place.at }] : [];
    });
    placesOf.set(world, places);
  }
  return places;
}

/** Whether a unit looks about: it is on the map (not yet coming in from the county, not gone). */
export const unitHasEyes = (unit: UnitState): boolean => unit.status !== 'offMap' && unit.status !== 'incoming';

/** Calls `visit` for each eye of one team: its own place, then its units on the map in roster order. */
export function forEachEyeOf(world: World, state: SimState, team: string, visit: (at: PointM) => void): void {
  for (const place of teamPlaces(world)) if (place.team === team) visit(place.at);
  for (const unit of state.units) {
    if (unitHasEyes(unit) && commanderOf(world.units.get(unit.id)!, unit) === team) visit(unitPositionAt(unit, state.timeS));
  }
}
