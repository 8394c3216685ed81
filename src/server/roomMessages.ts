// What a client of a drill room sends, checked: within its budget (else dropped, and told once a second), of a known
// type and shape (else told and closed: one bad client never stops the room), from a role allowed to send it, and
// for an order, from the seat's own team. Orders are written to the room's file before their outcome is sent.
import type { DirectorMessage, HallRefusal, HallRefusalCode, NoteMessage, OutcomeMessage } from '../hall/protocol.ts';
import { clientMessages } from '../hall/protocol.ts';
import { parseOrder } from '../sim/index.ts';
import type { DrillRoom, HallClient } from './DrillRoom.ts';
import type { FacilitatorCommand } from './hallDrill.ts';
import { sameSecret } from './seatRegistry.ts';

/** The close code of a client that sent something malformed (4000–4999 are the application's). */
export const closeMalformed = 4400;

const refuse = (client: HallClient, code: HallRefusalCode, params: HallRefusal['params'] = {}) => client.send('refusal', { code, params } satisfies HallRefusal);
const facilitatorKinds: ReadonlySet<string> = new Set(['fireInject', 'skipInject', 'deferInject', 'curveball']);

export function receiveMessage(room: DrillRoom, client: HallClient, type: string | number, message: unknown): void {
  const caller = client.userData;
  if (!caller) return;
  const now = Date.now();
  if (!caller.budget.take(now)) {
    if (caller.budget.shouldTell(now)) refuse(client, 'too-fast');
    return;
  }
  const schema = typeof type === 'string' && Object.hasOwn(clientMessages, type) ? clientMessages[type as keyof typeof clientMessages] : undefined;
  const parsed = schema?.safeParse(message);
  if (!parsed?.success) {
    refuse(client, 'malformed-message', { detail: parsed?.error.issues[0]?.message ?? 'unknown message type' });
    client.leave(closeMalformed);
    return;
  }
  const { data } = parsed;
  if ('order' in data) receiveOrder(room, client, data.ref, data.order);
  else if ('command' in data) receiveDirector(room, client, data);
  else if ('have' in data) room.resendView(client);
  else receiveNote(room, client, data);
}

function receiveOrder(room: DrillRoom, client: HallClient, ref: number, order: unknown): void {
  const caller = client.userData!;
  const { hall } = room;
  if (caller.role !== 'seat' || caller.team === null) return refuse(client, 'wrong-key', { ref });
  if (hall.ended) return refuse(client, 'drill-ended', { ref });
  const checked = parseOrder(order);
  if (checked.ok && checked.order.by !== caller.team) return refuse(client, 'not-your-team', { ref, team: caller.team, by: checked.order.by });
  const { atS, result } = hall.order(caller.seat, order, { durable: false });
  room.afterSync(caller.team, () => client.send('outcome', { ref, atS, outcome: result.ok ? { ok: true } : { ok: false, reason: result.reason, params: result.params } } satisfies OutcomeMessage));
}

function receiveDirector(room: DrillRoom, client: HallClient, message: DirectorMessage): void {
  const { hall } = room;
  const { ref, command } = message;
  if (client.userData!.role !== 'director' || !sameSecret(message.directorKey, hall.opening.directorKey)) return refuse(client, 'wrong-key', { ref });
  if (command.kind === 'seats') return room.sendDirectorViews();
  if (hall.ended) return refuse(client, 'drill-ended', { ref });
  if (facilitatorKinds.has(command.kind)) {
    const { atS, result } = hall.facilitatorOrder(command as FacilitatorCommand);
    client.send('outcome', { ref, atS, outcome: result.ok ? { ok: true } : { ok: false, reason: result.reason, params: result.params } } satisfies OutcomeMessage);
  } else if (command.kind === 'moveSeat' && !hall.seats.get(command.seat)) {
    return refuse(client, 'unknown-seat', { ref, seat: command.seat });
  } else if ((command.kind === 'moveSeat' || command.kind === 'lockTeam' || command.kind === 'computerHolds') && !room.seatTeams().includes(command.team)) {
    return refuse(client, 'unknown-team', { ref, team: command.team });
  } else {
    hall.director(command as Exclude<typeof command, FacilitatorCommand>);
    if (command.kind === 'moveSeat') room.moveSeat(command.seat, command.team);
    if (command.kind === 'lockTeam') void room.publishLook();
  }
  room.sendViews(null);
  room.sendDirectorViews();
}

function receiveNote(room: DrillRoom, client: HallClient, message: NoteMessage): void {
  const { hall } = room;
  if (client.userData!.role !== 'evaluator' || !sameSecret(message.evaluatorKey, hall.opening.evaluatorKey)) return refuse(client, 'wrong-key');
  hall.addNote({ atS: message.atS, measure: message.measure ?? null, text: message.text, by: message.by ?? client.userData!.label ?? null });
  room.sendDirectorViews();
}
