// A command-line client's connection to a hall room: joins by PIN (or opens a room), and when the connection drops
// (a server restart, the network) joins again with what it was given — the seat token, the director key — until
// the room answers or `patienceMs` runs out. Refusals are bad input, in words.
import { Client } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import type { HallRefusal, JoinRoom, OpenRoom } from '../../hall/protocol.ts';
import { drillRoomName, refusalOfJoinError } from '../../hall/protocol.ts';
import { hallRefusalText } from '../../i18n/hallRefusalText.ts';
import type { Language } from '../../i18n/translate.ts';
import { BadInput } from '../runCli.ts';

export type MessageHandler = (type: string, message: unknown) => void;

/** How long a dropped client keeps trying to rejoin. */
const patienceMs = 60_000;

export class HallConnection {
  private room: Room | null = null;
  private closed = false;

  private constructor(private readonly client: Client, private readonly onMessage: MessageHandler, private readonly language: Language) {}

  static async open(url: string, options: OpenRoom, onMessage: MessageHandler, language: Language): Promise<HallConnection> {
    const connection = new HallConnection(new Client(url), onMessage, language);
    connection.attach(await connection.attempt(() => connection.client.create(drillRoomName, options)));
    return connection;
  }

  static async join(url: string, pin: string, options: JoinRoom, onMessage: MessageHandler, language: Language): Promise<HallConnection> {
    const connection = new HallConnection(new Client(url), onMessage, language);
    connection.pin = pin;
    connection.rejoinWith = options;
    connection.attach(await connection.attempt(() => connection.client.joinById(pin, options)));
    return connection;
  }

  pin = '';
  /** What to join with after a drop (the seat token once the room gave one, the director key). */
  rejoinWith: JoinRoom | null = null;

  send(type: string, message: unknown): void {
    this.room?.send(type, message);
  }

  async leave(): Promise<void> {
    this.closed = true;
    await this.room?.leave(true);
  }

  /** The first join: a server not up yet is tried again for a while; a refusal is bad input at once. */
  private async attempt(join: () => Promise<Room>): Promise<Room> {
    const until = Date.now() + patienceMs;
    for (;;) {
      try {
        return await join();
      } catch (error) {
        const refusal = refusalOfJoinError(error);
        if (refusal.code !== 'server-unreachable') throw new BadInput(hallRefusalText(this.language, refusal));
        if (Date.now() > until) throw new Error(`${hallRefusalText(this.language, refusal)}: ${refusal.params.detail ?? ''}`);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }

  private attach(room: Room): void {
    this.room = room;
    room.onMessage('*', (type, message) => this.onMessage(String(type), message));
    room.onLeave((code) => {
      if (this.closed) return;
      this.onMessage('connection.lost', { code });
      void this.rejoin();
    });
  }

  private async rejoin(): Promise<void> {
    const until = Date.now() + patienceMs;
    while (!this.closed && Date.now() < until && this.rejoinWith) {
      await new Promise((r) => setTimeout(r, 500));
      try {
        this.attach(await this.client.joinById(this.pin, this.rejoinWith));
        this.onMessage('connection.back', {});
        return;
      } catch (error) {
        const refusal: HallRefusal = refusalOfJoinError(error);
        if (refusal.code !== 'server-unreachable' && refusal.code !== 'wrong-pin') {
          this.onMessage('connection.refused', refusal);
          return;
        }
      }
    }
    this.onMessage('connection.gone', {});
  }
}
