// The seats' views of one room: each team's view is computed once per push for all its seats, compared with the
// last one its seats were sent, and only what changed goes out (`view.patch`, encoded once for all the team's seats);
// a team whose view and clock did not change is sent nothing. A seat that joins, is moved or asks (`view.resync`)
// gets the whole view at the team's current version. Versions are the room's, one counter for every team.
import { getMessageBytes, Protocol } from '@colyseus/core';
import type { Clock, ViewMessage, ViewPatchMessage } from '../hall/protocol.ts';
import { ViewDiffer } from '../hall/viewPatch.ts';
import type { TeamView } from '../sim/index.ts';
import type { HallClient } from './DrillRoom.ts';

interface TeamSent { differ: ViewDiffer; version: number; view: TeamView; clockJson: string; clock: Clock }

const encoded = (type: string, message: unknown): Uint8Array => getMessageBytes.raw(Protocol.ROOM_DATA, type, message);

export class SeatViews {
  private version = 0;
  private readonly sent = new Map<string, TeamSent>();

  /** `viewsOf` gives several teams' views at one moment (each incident's map reading worked out once for all). */
  constructor(private readonly viewsOf: (teams: readonly string[]) => TeamView[]) {}

  /**
   * Brings the seats of `teams` (every team with a seat among `clients` when null) up to date: one patch per team
   * whose view or clock changed, to every seat of it in `clients` but the `whole` ones, which get the whole view.
   * Returns the views computed, by team, for others to reuse (the projector's).
   */
  push(clients: readonly HallClient[], clock: Clock, teams: ReadonlySet<string> | null, whole: readonly HallClient[] = []): Map<string, TeamView> {
    const computed = new Map<string, TeamView>();
    const seatsOf = new Map<string, HallClient[]>();
    for (const client of clients) {
      const team = client.userData?.role === 'seat' ? client.userData.team : null;
      if (team === null || team === undefined || (teams !== null && !teams.has(team))) continue;
      seatsOf.set(team, [...(seatsOf.get(team) ?? []), client]);
    }
    const teamsNow = [...seatsOf.keys()].sort();
    const views = this.viewsOf(teamsNow);
    teamsNow.forEach((team, i) => {
      const seats = seatsOf.get(team)!;
      const sent = this.update(team, views[i]!, clock, seats.filter((c) => !whole.includes(c)));
      computed.set(team, sent.view);
      const wholeSeats = seats.filter((c) => whole.includes(c));
      if (wholeSeats.length === 0) return;
      const bytes = encoded('view', { view: sent.view, clock: sent.clock, version: sent.version } satisfies ViewMessage);
      for (const client of wholeSeats) client.enqueueRaw(bytes);
    });
    return computed;
  }

  /** The team's view now; if it or the clock changed, a new version and its patch to `seats`. */
  private update(team: string, view: TeamView, clock: Clock, seats: readonly HallClient[]): TeamSent {
    const clockJson = JSON.stringify(clock);
    const before = this.sent.get(team);
    if (before === undefined) {
      const first: TeamSent = { differ: new ViewDiffer(), version: ++this.version, view, clockJson, clock };
      first.differ.changes(view);
      this.sent.set(team, first);
      return first;
    }
    const changes = before.differ.changes(view);
    if (changes === null && before.clockJson === clockJson) return before;
    const patch: ViewPatchMessage = { from: before.version, to: ++this.version, clock, changes };
    Object.assign(before, { version: patch.to, view, clockJson, clock });
    if (seats.length > 0) {
      const bytes = encoded('view.patch', patch);
      for (const client of seats) client.enqueueRaw(bytes);
    }
    return before;
  }
}
