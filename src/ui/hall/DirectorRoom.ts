// The director's (or an evaluator's) connection to a room: the director view (the truth, the inject board, the seats,
// the clock) as it arrives, and commands sent with the director key, or notes with the evaluator's. The key lives in this tab only (sessionStorage), so a reload of
// the director's screen takes the room back and nobody else's screen ever holds it.
import type { Room } from 'colyseus.js';
import type { DirectorCommand, DirectorViewMessage, EndedMessage, HallRefusal } from '../../hall/protocol.ts';

export interface DirectorKeys { pin: string; directorKey: string; lanOrigin: string | null; evaluatorKey?: string }

const storageKey = 'drillhall.director';

export function rememberDirector(keys: DirectorKeys): void {
  try { window.sessionStorage.setItem(storageKey, JSON.stringify(keys)); } catch { /* the screen then cannot take the room back after a reload */ }
}

export function rememberedDirector(pin: string): DirectorKeys | null {
  try {
    const keys = JSON.parse(window.sessionStorage.getItem(storageKey) ?? 'null') as DirectorKeys | null;
    return keys && keys.pin === pin && typeof keys.directorKey === 'string' ? keys : null;
  } catch { return null; }
}

export class DirectorRoom {
  private latest: DirectorViewMessage | null = null;
  private endedWith: EndedMessage | null = null;
  private lastRefusal: HallRefusal | null = null;
  private nextRef = 1;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly room: Room, readonly keys: DirectorKeys) {
    room.onMessage('director.view', (message: DirectorViewMessage) => { this.latest = message; this.notify(); });
    room.onMessage('ended', (message: EndedMessage) => { this.endedWith = message; this.notify(); });
    room.onMessage('refusal', (message: HallRefusal) => { this.lastRefusal = message; this.notify(); });
    for (const type of ['welcome', 'opened', 'view', 'public.view', 'outcome', 'county.report']) room.onMessage(type, () => undefined);
  }

  view(): DirectorViewMessage | null { return this.latest; }
  ended(): EndedMessage | null { return this.endedWith; }
  refusal(): HallRefusal | null { return this.lastRefusal; }

  send(command: DirectorCommand): void {
    this.room.send('director', { ref: this.nextRef++, directorKey: this.keys.directorKey, command });
  }

  /** An evaluator's observation against a rubric item at a sim time; it goes into the review. */
  note(evaluatorKey: string, note: { atS: number; measure?: string; text: string }): void {
    this.room.send('note', { evaluatorKey, ...note });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
