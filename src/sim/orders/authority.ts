// Who may command what: the command post commands everything; a team commands its own units and people,
// and units the command post assigned to it.
import type { SimContext } from '../simContext.ts';
import { TeamCommandPost } from '../scenario/vocabulary.ts';
import type { UnitDefinition } from '../scenario/rosterSchema.ts';
import type { UnitState } from '../state/simState.ts';
import type { Rejection } from './rejection.ts';
import { reject } from './rejection.ts';

export function rejectUnknownTeam(ctx: SimContext, by: string): Rejection | null {
  return ctx.world.teams.has(by) ? null : reject('unknown-team', { by });
}

export function rejectUnlessCommandPost(by: string): Rejection | null {
  return by === TeamCommandPost ? null : reject('command-post-only');
}

/** The team that currently commands a unit. */
export function commanderOf(def: UnitDefinition, state: UnitState): string {
  return state.assignedTo ?? (def.owner === 'county' ? TeamCommandPost : def.owner);
}

export function rejectUnlessCommands(ctx: SimContext, by: string, def: UnitDefinition, state: UnitState): Rejection | null {
  if (by === TeamCommandPost || commanderOf(def, state) === by) return null;
  return reject('not-your-unit', { unit: def.id, by });
}

/** A village team acts only for itself; the command post acts for every village. */
export function rejectUnlessOwnVillages(ctx: SimContext, by: string, villages: readonly string[]): Rejection | null {
  if (by === TeamCommandPost || villages.every((v) => v === by)) return null;
  return reject('not-your-village', { by });
}
