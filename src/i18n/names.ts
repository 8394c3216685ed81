// What ids are named from: the drill's static world, and the incidents added during the drill that the reader may
// name — the state's curveballs (the facilitator's screens, the review, the exports, the CLI) or the incidents a
// team's view knows (a seat, the tabletop). The world itself never holds a curveball: it does not change after
// loadDrill. Names without curveballs still name one, by its number (contentName.ts), never by its id.
import type { World } from '../sim/index.ts';

/** An incident as naming needs it: its title, its factor (for the words of its phases and actions), where it is. */
export interface NamedIncident {
  id: string;
  factor: string;
  titleZh: string;
  titleEn: string;
  /** Where it was placed: a map object or a point (a spec's `at`; a view's point). */
  at?: { place: string } | { xM: number; yM: number };
  /** Where the truth says it happened, in words (a spec's ground truth; a view carries none). */
  groundTruth?: { placeZh: string; placeEn: string };
}

/** What the naming functions take: a world alone names a curveball by its number only. */
export type Names = World & { readonly curveballs?: readonly NamedIncident[] };

/** The names of a drill or of a view: the world with the added incidents the reader may name. */
export type DrillNames = World & { readonly curveballs: readonly NamedIncident[] };

/** The world with the added incidents the reader may name: a state's `curveballs` or a view's `incidents`. */
export function namesWith(world: World, curveballs: readonly NamedIncident[] | undefined): DrillNames {
  return { ...world, curveballs: curveballs ?? [] };
}

/** A scenario incident or a named curveball by id; undefined for an id that is neither. */
export function namedIncident(names: Names, id: string): NamedIncident | undefined {
  return names.drill.scenario.incidents.find((i) => i.id === id) ?? names.curveballs?.find((i) => i.id === id);
}
