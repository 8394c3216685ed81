// What kind of team a team is, for the doctrine: the command post, a station of its kind, a village, an enterprise.
import { TeamCommandPost } from '../scenario/vocabulary.ts';
import type { World } from '../world/world.ts';
import type { TeamKind } from './doctrineSchema.ts';

/** The team's kind; null for a team the doctrine has no rules for (the facilitator, the county). */
export function teamKindOf(world: World, team: string): TeamKind | null {
  if (team === TeamCommandPost) return 'commandPost';
  const station = world.drill.map.stations.find((s) => s.id === team);
  if (station) return station.kind;
  if (world.drill.map.villages.some((v) => v.id === team)) return 'village';
  return world.teams.has(team) ? 'enterprise' : null;
}

/** The team a unit belongs to as a doctrine counts its own: its owner, and the county's forces for the command post. */
export function ownerTeamOf(world: World, unit: string): string | null {
  const def = world.units.get(unit);
  if (!def) return null;
  return def.owner === 'county' ? TeamCommandPost : def.owner;
}
