// The browser's way into the hall server that served the page (the same host and port: the app and its rooms come
// from one server, and the page's Content-Security-Policy allows connections to its own origin only). Joins and
// opens rooms; a refused join comes back as a HallRefusal value, never a throw.
import { Client } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import type { HallRefusal, JoinRoom, OpenedMessage, OpenRoom } from '../../hall/protocol.ts';
import { drillRoomName, refusalOfJoinError } from '../../hall/protocol.ts';
import type { RoomCheck } from '../../hall/roomCheck.ts';
import { roomCheckOf, roomCheckPath } from '../../hall/roomCheck.ts';

export type Joined<T> = { ok: true; room: Room; first: T } | { ok: false; refusal: HallRefusal };

export function hallClient(): Client {
  return new Client(`${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}`);
}

/**
 * The first message of `type` the room sends. Registered as soon as the join resolves: messages the room sends on
 * joining come in later frames of the socket, after the join's promise has settled.
 */
function firstMessage<T>(room: Room, type: string): Promise<T> {
  return new Promise((resolve) => { room.onMessage(type, (message: T) => resolve(message)); });
}

/** Joins the room with this PIN in a role; resolves once the room has welcomed the client. */
export async function joinRoom<T = unknown>(pin: string, join: JoinRoom, firstType = 'welcome'): Promise<Joined<T>> {
  try {
    const room = await hallClient().joinById(pin, join);
    return { ok: true, room, first: await firstMessage<T>(room, firstType) };
  } catch (error) {
    return { ok: false, refusal: refusalOfJoinError(error) };
  }
}

/** Opens a hall drill as its director: the room, its PIN and keys. */
export async function openRoom(open: OpenRoom): Promise<Joined<OpenedMessage>> {
  try {
    const room = await hallClient().create(drillRoomName, open);
    return { ok: true, room, first: await firstMessage<OpenedMessage>(room, 'opened') };
  } catch (error) {
    return { ok: false, refusal: refusalOfJoinError(error) };
  }
}

/** Which drill the room with this PIN runs and its locked teams, without joining it (a wrong PIN is one try). */
export async function checkRoom(pin: string): Promise<RoomCheck> {
  try {
    const response = await fetch(roomCheckPath(pin), { cache: 'no-store' });
    return roomCheckOf(response.status, await response.json().catch(() => null));
  } catch (error) {
    return { ok: false, refusal: { code: 'server-unreachable', params: { detail: error instanceof Error ? error.message.slice(0, 200) : '' } } };
  }
}
