// The join page's look at a room before it takes a seat, over plain HTTP: `GET /hall/rooms/<PIN>` answers which drill
// the room runs and which of its teams are locked. It is counted as a join is: a wrong PIN is one of the address's
// `pinTriesPerMinute` tries, a right one none, so checking a PIN and then taking the seat costs no more than joining
// (and a phone that typed nine wrong PINs still gets in). It joins nothing: the room sends this page nothing else.
import type { HallRefusal } from './protocol.ts';
import { hallRefusalCodes } from './protocol.ts';

/** The path of a room's look, by its PIN. */
export const roomCheckPath = (pin: string): string => `/hall/rooms/${encodeURIComponent(pin)}`;
export const roomCheckPattern = /^\/hall\/rooms\/([^/?#]*)(?:[?#].*)?$/;

/** What a room tells anyone holding its PIN (the room keeps it as its Colyseus metadata, so any process can answer). */
export interface RoomLook {
  scenario: string;
  /** The teams a seat may hold, in the drill's order, and those the director has locked. */
  teams: string[];
  lockedTeams: string[];
  ended: boolean;
}

export type RoomCheck = ({ ok: true; pin: string } & RoomLook) | { ok: false; refusal: HallRefusal };

/** A room's look as the page reads it (anything else — a proxy's page, a cut connection — is `server-unreachable`). */
export function roomCheckOf(status: number, body: unknown): RoomCheck {
  const check = body as Partial<RoomCheck> | null;
  if (check?.ok === true && typeof check.scenario === 'string' && Array.isArray(check.teams) && Array.isArray(check.lockedTeams)) return check as RoomCheck;
  if (check?.ok === false && (hallRefusalCodes as readonly unknown[]).includes(check.refusal?.code)) return check as RoomCheck;
  return { ok: false, refusal: { code: 'server-unreachable', params: { detail: `HTTP ${status}` } } };
}
