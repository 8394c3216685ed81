// A grassland/forest fire's physics state (plain JSON, hashed and saved): the cells, the crews on the line, the toll by village.
import type { AccidentGrade } from '../../models/accidentGrade.ts';
import type { FireDangerRating } from '../../models/fireDangerRating.ts';
import type { Toll, TollCarry } from './fireHarm.ts';

export interface WildlandCrew {
  unit: string;
  crewCount: number;
  /** Where the crew works now, in metres. */
  xM: number;
  yM: number;
  /** Water left in its vehicle (0 for a crew without a water vehicle). */
  waterL: number;
  flowLs: number;
  /** Metres of flame edge worked but not yet a whole cell. */
  carryM: number;
}

/** One village's toll from the fire, kept in the physics so each village's losses can be told apart. */
export type VillageToll = Toll & { village: string };

export interface WildlandPhysics {
  kind: 'wildland';
  /** Every map cell's state (fireGrid.ts `Cell`), row-major, and the burning cells, ascending. */
  cells: number[];
  burning: number[];
  /** Part of a CA generation carried to the next tick. */
  generationCarry: number;
  /** The day's McArthur Mk5 grassland index, rate of spread and danger rating. */
  gfdi: number;
  rosKmh: number;
  dangerRating: FireDangerRating;
  crews: WildlandCrew[];
  firebreakCarryM: number;
  burntForestHa: number;
  villageCellsReachedCount: number;
  /** Each village's toll, in the order the fire reached them. */
  villageTolls: VillageToll[];
  tollCarry: TollCarry;
  /** Grade under 《森林防火条例》 Art. 40, from the forest burnt and the toll so far. */
  grade: AccidentGrade;
}
