// The hall server: the built app over HTTP and the drill rooms over WebSocket on one port; with Redis, one of the
// county's processes. Rooms are created on the process their director opened them on, and every unfinished room
// in this process's data folder is reopened at start-up, with its PIN, at its last line.
import { createServer } from 'node:http';
import { LocalPresence, matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { countyRoomName, drillRoomName, maxMessageBytes } from '../hall/protocol.ts';
import { CountyRoom } from './CountyRoom.ts';
import { DrillRoom, reopenable } from './DrillRoom.ts';
import { ensureFolder, unfinishedRooms } from './drillLog.ts';
import type { HallConfig } from './hallConfig.ts';
import { guardMatchmaking } from './matchmakeGuard.ts';
import { serveStatic } from './staticFiles.ts';

export interface HallServer { server: Server; reopened: string[]; problems: string[]; stop(): Promise<void> }

export async function startHallServer(config: HallConfig): Promise<HallServer> {
  ensureFolder(config.dataFolder);
  const http = createServer(serveStatic(config.distFolder));
  const presence = config.redisUrl !== null ? new RedisPresence(config.redisUrl) : new LocalPresence();
  const server = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: maxMessageBytes }),
    greet: false,
    gracefullyShutdown: false,
    presence,
    ...(config.redisUrl !== null ? { driver: new RedisDriver(config.redisUrl) } : {}),
    ...(config.publicAddress ? { publicAddress: config.publicAddress } : {}),
    // A room lives where its director opened it (and where its file is).
    selectProcessIdToCreateRoom: () => Promise.resolve(matchMaker.processId),
  });
  guardMatchmaking(http, presence);
  server.define(drillRoomName, DrillRoom, { hall: config });
  server.define(countyRoomName, CountyRoom, { hall: config });
  // Reopened before listening, so a seat rejoining the moment the port opens finds its room.
  const { reopened, problems } = await reopenRooms(config);
  await server.listen(config.port, config.host);
  return {
    server, reopened, problems,
    async stop() {
      await server.gracefullyShutdown(false);
    },
  };
}

async function reopenRooms(config: HallConfig): Promise<{ reopened: string[]; problems: string[] }> {
  const reopened: string[] = [];
  const problems: string[] = [];
  let pins: string[] = [];
  try {
    pins = unfinishedRooms(config.dataFolder);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  for (const pin of pins) {
    if ((await matchMaker.query({ roomId: pin })).length > 0) continue;
    reopenable.add(pin);
    try {
      await matchMaker.handleCreateRoom(drillRoomName, { reopen: pin });
      reopened.push(pin);
    } catch (error) {
      reopenable.delete(pin);
      problems.push(`room ${pin}: not reopened: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { reopened, problems };
}
