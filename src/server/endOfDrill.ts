// The end of a hall drill: every client is told, with the score of the drill's record against the same
// no-response baseline and reference plan as `npm run score` (null if the scoring itself failed: the record stays);
// the director and evaluators also get the evaluators' notes for the review — no team seat or projector ever does.
// The message is kept, so that whoever joins again after the end (a director who reloads, a seat back on its token)
// is told the end too, not left looking at the last second.
import type { DrillScore } from '../sim/index.ts';
import { formatProblems, loadReferencePlan, scoreRecord, stateHash } from '../sim/index.ts';
import { readContentFiles } from '../cli/readContentFiles.ts';
import type { EndedMessage, Role } from '../hall/protocol.ts';
import type { DrillRoom, HallClient } from './DrillRoom.ts';
import { reviewNotes } from '../hall/reviewNotes.ts';

export interface DrillEnd { ended: EndedMessage; notes: EndedMessage['notes'] }

export function sendScore(room: DrillRoom): DrillEnd {
  let score: DrillScore | null = null;
  try {
    const plan = loadReferencePlan(room.hall.drill, readContentFiles);
    if (!plan.ok) throw new Error(formatProblems(plan.problems));
    score = scoreRecord(room.hall.drill, room.hall.sim.record(), plan.value);
  } catch (error) {
    console.error(`room ${room.roomId}: the drill could not be scored: ${error instanceof Error ? error.message : String(error)}`);
  }
  const ended: EndedMessage = { clock: room.hall.clock(), score, stateHash: stateHash(room.hall.sim.snapshot()), notes: [] };
  const end: DrillEnd = { ended, notes: reviewNotes(room.hall.drill, room.hall.notes) };
  for (const client of room.clients) tellEnd(client, end);
  return end;
}

/** Tells one client that the drill ended: with the notes only if its role reads them. */
export function tellEnd(client: HallClient, end: DrillEnd): void {
  client.send('ended', seesNotes(client.userData?.role) ? { ...end.ended, notes: end.notes } : end.ended);
}

/** Who reads the evaluators' notes: the director and the evaluators, never a team or the hall's big screen. */
export function seesNotes(role: Role | undefined): boolean {
  return role === 'director' || role === 'evaluator';
}
