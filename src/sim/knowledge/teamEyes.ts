// Where each team has eyes now: its own village, station or facility, and its units on the map (by who commands
// them). Visited without building a list: the sight system asks every second, so it must cost next to nothing.
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

/** Calls `visit` for every eye: teams' own places first (in team order), then units on the map in roster order. */
export function forEachEye(world: World, state: SimState, visit: (team: string, at: PointM) => void): void {
  for (const place of teamPlaces(world)) visit(place.team, place.at);
  for (const unit of state.units) {
    if (!unitHasEyes(unit)) continue;
    visit(commanderOf(world.units.get(unit.id)!, unit), unitPositionAt(unit, state.timeS));
  }
}
