// The end of a hall drill: every client is told, with the score of the drill's record against the same
// no-response baseline and reference plan as `npm run score` (null if the scoring itself failed: the record stays);
// the director and evaluators also get the evaluators' notes for the review — no team seat or projector ever does.
import type { DrillScore } from '../sim/index.ts';
import { formatProblems, loadReferencePlan, scoreRecord, stateHash } from '../sim/index.ts';
import { readContentFiles } from '../cli/readContentFiles.ts';
import type { EndedMessage, Role } from '../hall/protocol.ts';
import type { DrillRoom } from './DrillRoom.ts';
import { reviewNotes } from '../hall/reviewNotes.ts';

export function sendScore(room: DrillRoom): void {
  let score: DrillScore | null = null;
  try {
    const plan = loadReferencePlan(room.hall.drill, readContentFiles);
    if (!plan.ok) throw new Error(formatProblems(plan.problems));
    score = scoreRecord(room.hall.drill, room.hall.sim.record(), plan.value);
  } catch (error) {
    console.error(`room ${room.roomId}: the drill could not be scored: ${error instanceof Error ? error.message : String(error)}`);
  }
  const ended: EndedMessage = { clock: room.hall.clock(), score, stateHash: stateHash(room.hall.sim.snapshot()), notes: [] };
  const notes = reviewNotes(room.hall.drill, room.hall.notes);
  for (const client of room.clients) client.send('ended', seesNotes(client.userData?.role) ? { ...ended, notes } : ended);
}

/** Who reads the evaluators' notes: the director and the evaluators, never a team or the hall's big screen. */
export function seesNotes(role: Role | undefined): boolean {
  return role === 'director' || role === 'evaluator';
}
