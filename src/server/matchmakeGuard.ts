// In front of Colyseus' matchmaking routes and the join page's look at a room (`GET /hall/rooms/<PIN>`): wrong PINs
// are counted per address, and after `pinTriesPerMinute` in a minute every join or look from that address is refused
// until the minute is out (across the county: the presence); and a request body larger than a message may be is
// refused before anything reads it. Other requests go to the app's files.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Presence } from '@colyseus/core';
import { matchMaker } from '@colyseus/core';
import type { HallRefusal } from '../hall/protocol.ts';
import { maxMessageBytes, Pin, pinTriesPerMinute } from '../hall/protocol.ts';
import type { RoomCheck, RoomLook } from '../hall/roomCheck.ts';
import { roomCheckPattern } from '../hall/roomCheck.ts';

/** Takes over the server's request listeners (Colyseus' and the files'), putting the guard first. */
export function guardMatchmaking(server: Server, presence: Presence): void {
  const listeners = server.listeners('request').slice() as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const look = req.method === 'GET' ? roomCheckPattern.exec(req.url ?? '') : null;
    if (look) return void checkRoom(req, presence, decodeURIComponent(look[1] ?? '')).then((check) => answer(res, check));
    void admit(req, presence).then((refusal) => {
      if (refusal === null) for (const listener of listeners) listener.call(server, req, res);
      else res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end(JSON.stringify({ code: 4215, error: JSON.stringify(refusal) }));
    });
  });
}

async function admit(req: IncomingMessage, presence: Presence): Promise<HallRefusal | null> {
  const url = req.url ?? '';
  if (!url.includes('/matchmake/')) return null;
  if (Number(req.headers['content-length'] ?? 0) > maxMessageBytes) return { code: 'too-large', params: {} };
  const joined = req.method === 'POST' ? /\/matchmake\/joinById\/([^/?]*)/.exec(url) : null;
  if (!joined) return null;
  const tried = await tryPin(req, presence, decodeURIComponent(joined[1] ?? ''));
  // A wrong PIN goes on to Colyseus, which answers that no such room exists.
  return tried === 'too-many' ? { code: 'pin-tries', params: {} } : null;
}

/** The room's look for the join page, or the refusal: the same PIN tries as a join. */
async function checkRoom(req: IncomingMessage, presence: Presence, pin: string): Promise<RoomCheck> {
  const tried = await tryPin(req, presence, pin);
  if (tried === 'too-many') return { ok: false, refusal: { code: 'pin-tries', params: {} } };
  if (tried === 'wrong') return { ok: false, refusal: { code: 'wrong-pin', params: {} } };
  const look = tried.metadata as Partial<RoomLook> | undefined;
  if (!look?.scenario) return { ok: false, refusal: { code: 'wrong-pin', params: {} } };
  return { ok: true, pin, scenario: look.scenario, teams: look.teams ?? [], lockedTeams: look.lockedTeams ?? [], ended: look.ended ?? false };
}

/**
 * One try of a PIN from the request's address: refused outright past the minute's tries; a PIN no room has counts
 * as a try; the room a right PIN names counts nothing. The socket's address, not a header, which could be anyone's:
 * only wrong PINs count, so a hall of phones behind one address joins freely while guessing stops after a few tries.
 */
async function tryPin(req: IncomingMessage, presence: Presence, pin: string): Promise<'too-many' | 'wrong' | Awaited<ReturnType<typeof matchMaker.query>>[number]> {
  const key = `drillhall:pin-tries:${req.socket.remoteAddress ?? 'unknown'}`;
  if (Number(await presence.get(key) ?? 0) >= pinTriesPerMinute) return 'too-many';
  const [room] = Pin.safeParse(pin).success ? await matchMaker.query({ roomId: pin }) : [];
  if (room) return room;
  if ((await presence.incr(key)) === 1) await presence.expire(key, 60);
  return 'wrong';
}

function answer(res: ServerResponse, check: RoomCheck): void {
  const body = JSON.stringify(check);
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' }).end(body);
}
