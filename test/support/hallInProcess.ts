// A hall server inside the test's own process (one per test file: Colyseus' matchmaker is a module singleton) and
// clients that keep every message they receive, to wait for the next one of a kind. A seat's `view.patch` messages are
// kept as they came and also applied as a phone applies them: each applied patch is kept as the `view` it gives.
import { Client } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import { join } from 'node:path';
import type { OpenedMessage, OpenRoom } from '../../src/hall/protocol.ts';
import { drillRoomName } from '../../src/hall/protocol.ts';
import { ViewReceiver } from '../../src/hall/viewReceiver.ts';
import type { HallServer } from '../../src/server/startHallServer.ts';
import { startHallServer } from '../../src/server/startHallServer.ts';
import { freePort, removeFolder, tempFolder, waitFor } from './hallProcesses.ts';

export interface InProcessHall { url: string; dataFolder: string; stop(): Promise<void> }

export async function startInProcessHall(name: string): Promise<InProcessHall> {
  const folder = tempFolder(name);
  const port = await freePort();
  const dataFolder = join(folder, 'rooms');
  const hall: HallServer = await startHallServer({ dataFolder, scenariosFolder: 'scenarios', distFolder: join(folder, 'dist'), host: '127.0.0.1', port, redisUrl: null, publicAddress: null });
  return {
    url: `http://127.0.0.1:${port}`, dataFolder,
    async stop() {
      await hall.stop();
      removeFolder(folder);
    },
  };
}

/** A room's client that records what it receives. */
export class Listener {
  readonly received: { type: string; message: unknown }[] = [];
  left: number | null = null;
  /** The seat's view as a phone holds it (whole on joining, then patched), and the resyncs it had to ask for. */
  readonly views = new ViewReceiver();
  readonly resyncs: string[] = [];
  /** The whole views the room sent (on joining, on a resync), as they came. */
  readonly wholeViews: unknown[] = [];

  constructor(readonly room: Room) {
    room.onMessage('*', (type, message) => {
      this.received.push({ type: String(type), message });
      if (type === 'view') this.wholeViews.push(message);
      const received = this.views.receive(String(type), message);
      if (received.kind === 'resync') {
        this.resyncs.push(received.problem);
        room.send('view.resync', received.ask);
      }
      if (type === 'view.patch' && received.kind === 'view') this.received.push({ type: 'view', message: { view: received.view, clock: received.clock, version: this.views.version } });
    });
    room.onLeave((code) => { this.left = code; });
  }

  all<T>(type: string): T[] {
    return this.received.filter((r) => r.type === type).map((r) => r.message as T);
  }

  /** The first message of `type` after `from` messages of that type matching `test`. */
  next<T>(type: string, test: (message: T) => boolean = () => true, timeoutMs = 20_000): Promise<T> {
    return waitFor(`a "${type}" message`, () => this.all<T>(type).find(test), timeoutMs);
  }

  send(type: string, message: unknown): void {
    this.room.send(type, message);
  }
}

export async function openDrill(url: string, options: OpenRoom): Promise<{ director: Listener; opened: OpenedMessage }> {
  const director = new Listener(await new Client(url).create(drillRoomName, options));
  return { director, opened: await director.next<OpenedMessage>('opened') };
}

export async function joinDrill(url: string, pin: string, options: object): Promise<Listener> {
  return new Listener(await new Client(url).joinById(pin, options));
}
