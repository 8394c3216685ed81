// In front of Colyseus' matchmaking routes: wrong PINs are counted per address, and after `pinTriesPerMinute` in a
// minute every join from that address is refused until the minute is out (across the county: the presence); and a request body larger than
// a message may be is refused before anything reads it. Other requests go to the app's files.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Presence } from '@colyseus/core';
import { matchMaker } from '@colyseus/core';
import { maxMessageBytes, pinTriesPerMinute } from '../hall/protocol.ts';

/** Takes over the server's request listeners (Colyseus' and the files'), putting the guard first. */
export function guardMatchmaking(server: Server, presence: Presence): void {
  const listeners = server.listeners('request').slice() as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void admit(req, presence).then((refusal) => {
      if (refusal === null) for (const listener of listeners) listener.call(server, req, res);
      else res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end(JSON.stringify({ code: 4215, error: JSON.stringify(refusal) }));
    });
  });
}

async function admit(req: IncomingMessage, presence: Presence): Promise<{ code: string; params: object } | null> {
  const url = req.url ?? '';
  if (!url.includes('/matchmake/')) return null;
  if (Number(req.headers['content-length'] ?? 0) > maxMessageBytes) return { code: 'too-large', params: {} };
  const joined = req.method === 'POST' ? /\/matchmake\/joinById\/([^/?]*)/.exec(url) : null;
  if (!joined) return null;
  // The socket's address: a header could be anyone's. Only wrong PINs count, so a hall of phones behind one
  // address joins freely while guessing stops after a few tries.
  const key = `drillhall:pin-tries:${req.socket.remoteAddress ?? 'unknown'}`;
  if (Number(await presence.get(key) ?? 0) >= pinTriesPerMinute) return { code: 'pin-tries', params: {} };
  if ((await matchMaker.query({ roomId: decodeURIComponent(joined[1] ?? '') })).length > 0) return null;
  if ((await presence.incr(key)) === 1) await presence.expire(key, 60);
  return null;
}
