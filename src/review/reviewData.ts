// Everything the after-action review, its exports and the rehearsal log read about one finished drill. The
// world carries the drill (scenario, map, roster, rubric) and the look-ups names come from, with the curveballs of
// the state the drill ended in (i18n/names.ts), so every export names them.
import type { DrillNames } from '../i18n/names.ts';
import type { DrillRecord, DrillScore, SimEvent, SimState } from '../sim/index.ts';

export interface ReviewData {
  world: DrillNames;
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
