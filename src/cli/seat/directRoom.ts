// `npm run seat -- --url URL --open SCENARIO [--speed N] [--seed S] [--until MIN]`: opens a room as its director,
// prints one JSON line { pin, directorKey, evaluatorKey, room }, starts the clock and keeps it running (rejoining
// after a drop) until the drill ends — at the scenario's end, or at --until minutes — then prints
// one JSON line { ended, timeS, total, conclusion, stateHash } and exits 0.
import type { EndedMessage, OpenedMessage, OpenRoom } from '../../hall/protocol.ts';
import type { Language } from '../../i18n/translate.ts';
import { HallConnection } from './hallConnection.ts';

export async function directRoom(url: string, open: OpenRoom, language: Language): Promise<void> {
  let directorKey = '';
  let ref = 0;
  let started = false;
  const command = (c: object) => connection.send('director', { ref: ++ref, directorKey, command: c });
  let onMessage: (type: string, message: unknown) => void = () => {};
  const done = new Promise<EndedMessage>((resolve) => {
    onMessage = (type, message) => {
      if (type === 'opened') {
        const opened = message as OpenedMessage;
        directorKey = opened.directorKey;
        // After a drop, the director rejoins with its key.
        connection.pin = opened.pin;
        connection.rejoinWith = { role: 'director', directorKey };
        process.stdout.write(`${JSON.stringify({ pin: opened.pin, directorKey, evaluatorKey: opened.evaluatorKey, room: opened.pin })}\n`);
      }
      if (type === 'welcome' && !started) {
        started = true;
        command({ kind: 'start' });
      }
      if (type === 'ended') resolve(message as EndedMessage);
      if (type === 'connection.lost') process.stderr.write('the connection to the room dropped: rejoining…\n');
      if (type === 'connection.gone') process.stderr.write('the room did not come back\n');
    };
  });
  const connection = await HallConnection.open(url, open, (type, message) => onMessage(type, message), language);
  const ended = await done;
  process.stdout.write(`${JSON.stringify({ ended: true, timeS: ended.clock.timeS, total: ended.score?.total ?? null, conclusion: ended.score?.conclusion ?? null, stateHash: ended.stateHash })}\n`);
  await connection.leave();
}
