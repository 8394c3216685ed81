// A team seat in a hall room: the room's views of the seat's team (never the truth), orders sent with a number the
// room echoes in its outcome, and — when the phone drops (screen lock, Wi-Fi) — rejoining with the seat's token until
// the room takes it back; the first view after that holds everything missed.
import type { Room } from 'colyseus.js';
import type { Clock, OutcomeMessage, WelcomeMessage } from '../../hall/protocol.ts';
import { ViewReceiver } from '../../hall/viewReceiver.ts';
import type { Drill, Order, OrderOutcome, TeamView, World } from '../../sim/index.ts';
import { buildWorld } from '../../sim/index.ts';
import type { SeatConnection, SeatSource } from '../seat/seatSource.ts';
import { joinRoom } from './hallClient.ts';
import { rememberSeat } from './seatMemory.ts';

/** Real milliseconds between two tries to rejoin after a drop. */
const rejoinEveryMs = 2000;
/** A consented leave (the player left, or the room closed at the end): no rejoin. */
const consentedCodes: ReadonlySet<number> = new Set([1000, 4000]);

export class RoomSeat implements SeatSource {
  readonly world: World;
  /** The team's view as the room sends it: whole on joining, then patches (src/hall/viewReceiver.ts). */
  private readonly views = new ViewReceiver();
  private clock: Clock | null = null;
  private state: SeatConnection = 'connected';
  private seatTeam: string;
  private nextRef = 1;
  private readonly pending = new Map<number, (outcome: OrderOutcome) => void>();
  private readonly listeners = new Set<() => void>();
  private left = false;

  constructor(private room: Room, readonly drill: Drill, private readonly welcome: WelcomeMessage) {
    this.world = buildWorld(drill);
    this.seatTeam = welcome.team ?? '';
    if (welcome.seatToken) rememberSeat(welcome.pin, welcome.seatToken);
    this.listen(room);
  }

  get team(): string { return this.seatTeam; }
  get pin(): string { return this.welcome.pin; }
  view(): TeamView | null { return this.views.view; }
  running(): boolean { return this.clock !== null && !this.clock.paused && !this.clock.ended; }
  ended(): boolean { return this.clock?.ended ?? false; }
  connection(): SeatConnection { return this.state; }

  give(order: Order): Promise<OrderOutcome> {
    const ref = this.nextRef++;
    return new Promise((resolve) => {
      this.pending.set(ref, resolve);
      this.room.send('order', { ref, order });
    });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  leave(): void {
    this.left = true;
    this.state = 'closed';
    void this.room.leave(true);
    this.notify();
  }

  private listen(room: Room): void {
    for (const type of ['view', 'view.patch']) {
      room.onMessage(type, (message: unknown) => {
        const received = this.views.receive(type, message);
        if (received.kind === 'resync') room.send('view.resync', received.ask);
        if (received.kind !== 'view') return;
        this.clock = received.clock;
        this.notify();
      });
    }
    room.onMessage('outcome', (message: OutcomeMessage) => {
      this.pending.get(message.ref)?.(message.outcome);
      this.pending.delete(message.ref);
    });
    room.onMessage('welcome', (message: WelcomeMessage) => { if (message.team) this.seatTeam = message.team; this.notify(); });
    room.onMessage('ended', (message: { clock: Clock }) => { this.clock = message.clock; this.notify(); });
    room.onMessage('refusal', () => undefined);
    room.onMessage('county.report', () => undefined);
    room.onLeave((code) => {
      if (this.left || consentedCodes.has(code)) { this.state = 'closed'; this.notify(); return; }
      this.state = 'reconnecting';
      this.notify();
      this.rejoin();
    });
  }

  private rejoin(): void {
    const token = this.welcome.seatToken;
    if (!token || this.left) return;
    setTimeout(() => {
      void joinRoom<WelcomeMessage>(this.pin, { role: 'seat', seatToken: token }).then((joined) => {
        if (!joined.ok) {
          if (joined.refusal.code === 'seat-token-unknown' || joined.refusal.code === 'drill-ended') { this.state = 'closed'; this.notify(); return; }
          this.rejoin();
          return;
        }
        this.room = joined.room;
        this.listen(joined.room);
        this.state = 'connected';
        this.notify();
      });
    }, rejoinEveryMs);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
