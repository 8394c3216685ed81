// The phones of a room: numbered seats, each of one team, found again by its token after a drop or a restart; teams
// the director locked take no more phones. Tokens are kept only as hashes (the file on disk does not hand out seats).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SeatInfo } from '../hall/protocol.ts';

export interface Seat { seat: number; team: string; tokenHash: string; label: string | null }

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newSecret = () => randomBytes(18).toString('base64url');

/** Whether a key given by a client is the room's, in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export class SeatRegistry {
  private readonly seats = new Map<number, Seat>();
  private readonly locked = new Set<string>();

  /** A new seat of `team` and its token (the token is returned once, never stored). */
  add(team: string, label: string | null): { seat: Seat; token: string } {
    const token = newSecret();
    const seat = { seat: this.seats.size + 1, team, tokenHash: hashToken(token), label };
    this.seats.set(seat.seat, seat);
    return { seat, token };
  }

  /** Puts back a seat read from the room's file. */
  restore(seat: Seat): void {
    this.seats.set(seat.seat, seat);
  }

  byToken(token: string): Seat | undefined {
    const hash = hashToken(token);
    return [...this.seats.values()].find((s) => s.tokenHash === hash);
  }

  get(seat: number): Seat | undefined {
    return this.seats.get(seat);
  }

  move(seat: number, team: string): boolean {
    const found = this.seats.get(seat);
    if (!found) return false;
    found.team = team;
    return true;
  }

  setLocked(team: string, locked: boolean): void {
    if (locked) this.locked.add(team);
    else this.locked.delete(team);
  }

  isLocked(team: string): boolean {
    return this.locked.has(team);
  }

  lockedTeams(): string[] {
    return [...this.locked].sort();
  }

  /** The seats in number order, with whether a phone is on each now. */
  list(connected: ReadonlySet<number>): SeatInfo[] {
    return [...this.seats.values()].sort((a, b) => a.seat - b.seat).map((s) => ({ seat: s.seat, team: s.team, label: s.label, connected: connected.has(s.seat) }));
  }
}
