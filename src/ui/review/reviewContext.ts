// What every part of the review reads: the finished drill and the language, with the two look-ups all of them
// use — a name for an id, and the scenario's clock time for a sim second.
import type { Language } from '../../i18n/translate.ts';
import type { DrillNames } from '../../i18n/names.ts';
import type { DrillRecord, SimEvent, SimState } from '../../sim/index.ts';
import { displayName } from '../displayName.ts';
import { scenarioDateTime } from '../scenarioClock.ts';

/** The finished drill as the review receives it (before it is scored). */
export interface FinishedDrill {
  /** The world with the curveballs of `state`, so the review names them. */
  world: DrillNames;
  record: DrillRecord;
  state: SimState;
  events: readonly SimEvent[];
  /** The scenario file, `scenarios/<name>.json`, from which the scoring worker loads the drill again. */
  scenarioPath: string;
  mode: 'hall' | 'training';
  team: string | null;
  /** When the drill ended, by the wall clock (ISO 8601). */
  finishedAt: string;
}

export interface ReviewContext {
  lang: Language;
  drill: FinishedDrill;
  name(id: string): string;
  at(timeS: number): string;
}

export function reviewContext(lang: Language, drill: FinishedDrill): ReviewContext {
  const start = drill.world.drill.scenario.start;
  return { lang, drill, name: (id) => displayName(drill.world, id, lang), at: (timeS) => scenarioDateTime(start, timeS).time };
}
