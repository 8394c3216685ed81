// The one hook for a team no phone holds: when the director lets the computer hold it, the room asks this player
// for the team's orders each time the clock moves and gives them as the team (checked and recorded like a phone's).
// Until the teams' doctrine (branch `doctrine`) installs its player, an empty seat does nothing.
import type { Drill, TeamView } from '../sim/index.ts';

export interface EmptySeat {
  team: string;
  timeS: number;
  drill: Drill;
  /** The team's view now (computed only if asked for). */
  view(): TeamView;
}

/** Orders (the core's Order shape, `by` the team) for an empty seat now; [] to do nothing. */
export type EmptySeatPlayer = (seat: EmptySeat) => unknown[];

let player: EmptySeatPlayer = () => [];

export function emptySeatPlayer(): EmptySeatPlayer {
  return player;
}

/** Installs the computer's play for empty seats (the doctrine's entry point). */
export function setEmptySeatPlayer(next: EmptySeatPlayer): void {
  player = next;
}
