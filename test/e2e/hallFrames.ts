// Reads what a browser's socket received from a hall room: each Colyseus room-data frame decoded to its message type
// and its message (msgpack), so a test can check what a seat was sent — not what its screen chose to show.
import { decode } from '@colyseus/schema';
import { unpack } from '@colyseus/msgpackr';
import type { Page } from '@playwright/test';
import { ViewReceiver } from '../../src/hall/viewReceiver.ts';

/** Colyseus' protocol code of a room message. */
const roomData = 13;

/** `socket` numbers the page's sockets in the order they opened (the join page's look at the room, then the seat …). */
export interface ReceivedMessage { socket: number; type: string | number; message: unknown }

export function decodeFrame(payload: Buffer): Omit<ReceivedMessage, 'socket'> | null {
  if (payload.length === 0 || payload[0] !== roomData) return null;
  const it = { offset: 1 };
  const type = decode.stringCheck(payload, it) ? decode.string(payload, it) : Number(decode.number(payload, it));
  const message: unknown = payload.byteLength > it.offset ? unpack(payload.subarray(it.offset)) : undefined;
  return { type, message };
}

/** Every room message the page's sockets receive from now on, decoded, in order. */
export function recordFrames(page: Page): ReceivedMessage[] {
  const received: ReceivedMessage[] = [];
  let sockets = 0;
  page.on('websocket', (socket) => {
    const number = sockets++;
    socket.on('framereceived', ({ payload }) => {
      const decoded = typeof payload === 'string' ? null : decodeFrame(payload);
      if (decoded) received.push({ socket: number, ...decoded });
    });
  });
  return received;
}

/**
 * The views a seat's sockets held, in order: each whole `view`, and each `view.patch` applied as the seat applies it
 * (src/hall/viewReceiver.ts), with the index of the frame that gave it.
 */
export function heldViews<V>(frames: readonly ReceivedMessage[]): { frame: number; view: V }[] {
  const receivers = new Map<number, ViewReceiver>();
  const held: { frame: number; view: V }[] = [];
  frames.forEach((f, frame) => {
    const receiver = receivers.get(f.socket) ?? receivers.set(f.socket, new ViewReceiver()).get(f.socket)!;
    const received = receiver.receive(String(f.type), f.message);
    if (received.kind === 'view') held.push({ frame, view: received.view as V });
  });
  return held;
}
