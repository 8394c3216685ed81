// One scripted seat of the hall load test: gives an order every 2 s (its first unit out and back, or a refused one
// where the team has none) and measures, per order, send → outcome and send → the team's view after the outcome.
import type { Room } from 'colyseus.js';
import type { OutcomeMessage } from '../../hall/protocol.ts';
import { ViewReceiver } from '../../hall/viewReceiver.ts';

export class BenchSeat {
  bytes = 0;
  sent = new Map<number, number>();
  answered = new Set<number>();
  latenciesMs: number[] = [];
  outcomeMs: number[] = [];
  /** Times the seat had to ask for its whole view again (a patch missed or not fitting): 0 when all is well. */
  resyncs = 0;
  private awaitingView: { ref: number; sentMs: number }[] = [];
  private unit: string | null = null;
  private ref = 0;
  private out = false;
  /** The team's view as a phone holds it: the whole view on joining, then the room's patches applied. */
  private readonly views = new ViewReceiver();

  constructor(readonly room: Room, readonly team: string) {
    const ws = (room.connection.transport as unknown as { ws: { on(event: 'message', f: (data: Buffer | ArrayBuffer) => void): void } }).ws;
    ws.on('message', (data) => { this.bytes += data.byteLength; });
    room.onMessage('outcome', (m: OutcomeMessage) => {
      this.answered.add(m.ref);
      const sentMs = this.sent.get(m.ref);
      if (sentMs !== undefined) this.awaitingView.push({ ref: m.ref, sentMs });
      if (sentMs !== undefined) this.outcomeMs.push(performance.now() - sentMs);
    });
    for (const type of ['view', 'view.patch']) {
      room.onMessage(type, (message: unknown) => {
        const received = this.views.receive(type, message);
        if (received.kind === 'resync') { this.resyncs++; room.send('view.resync', received.ask); }
        if (received.kind !== 'view') return;
        this.unit ??= received.view.units[0]?.id ?? null;
        const now = performance.now();
        for (const waiting of this.awaitingView) this.latenciesMs.push(now - waiting.sentMs);
        this.awaitingView = [];
      });
    }
    room.onMessage('*', () => {});
  }

  giveOrder(destination: string): void {
    const ref = ++this.ref;
    this.out = !this.out;
    const order = this.unit === null
      ? { type: 'recallUnit', by: this.team, unit: 'no-such-unit' }
      : this.out ? { type: 'dispatchUnit', by: this.team, unit: this.unit, to: { place: destination } } : { type: 'recallUnit', by: this.team, unit: this.unit };
    this.sent.set(ref, performance.now());
    this.room.send('order', { ref, order });
  }
}
