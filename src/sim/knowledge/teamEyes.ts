// Where each team has eyes now: its units on the map (by who commands them) and its own village, station or facility.
import type { SimContext } from '../simContext.ts';
import { commanderOf } from '../orders/authority.ts';
import { unitPositionAt } from '../units/trips.ts';
import type { PointM } from '../world/townshipMap.ts';

export interface Eye { team: string; at: PointM }

/** Every team's eyes, teams' own places first (in team order), then units in roster order. */
export function teamEyes(ctx: SimContext): Eye[] {
  const eyes: Eye[] = [];
  for (const team of ctx.world.teams) {
    const place = ctx.world.objects.get(team);
    if (place) eyes.push({ team, at: place.at });
  }
  for (const unit of ctx.state.units) {
    if (unit.status === 'offMap' || unit.status === 'incoming') continue;
    const def = ctx.world.units.get(unit.id)!;
    eyes.push({ team: commanderOf(def, unit), at: unitPositionAt(unit, ctx.state.timeS) });
  }
  return eyes;
}
