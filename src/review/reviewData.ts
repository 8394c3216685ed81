// Everything the after-action review, its exports and the rehearsal log read about one finished drill. The
// world carries the drill (scenario, map, roster, rubric) and the look-ups names come from.
import type { DrillRecord, DrillScore, SimEvent, SimState, World } from '../sim/index.ts';

export interface ReviewData {
  world: World;
  record: DrillRecord;
  /** The state where the drill ended. */
  state: SimState;
  events: readonly SimEvent[];
  score: DrillScore;
  /** When the drill ended, by the wall clock (ISO 8601): the date of the rehearsal. */
  finishedAt: string;
  mode: 'hall' | 'training';
  /** The team a trainee played in self-training; null in the hall. */
  team: string | null;
}
