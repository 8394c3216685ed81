// A poisoning's physics state, by kind: a toxic release's plume and exposures, a food outbreak's cases, CO in homes.
import type { ExposureSite, Harm } from './releaseExposure.ts';

export type PoisoningPhysics = ReleasePhysics | FoodPhysics | CoPhysics;

export interface CareState {
  waitingCount: number;
  treatedCount: number;
  /** Patients who died waiting. */
  deadCount: number;
  /** Treatment capacity carried to the next step (a fraction of a patient, at most one while nobody waits). */
  carry: number;
  /** When the toll was last told to the feed. */
  tollAtS: number;
}

export interface ReleasePhysics {
  kind: 'toxicRelease';
  releasedKg: number;
  /** When the gas stopped flowing (isolated or empty), null while it flows. */
  stoppedAtS: number | null;
  stabilityClass: string;
  /** Highest outdoor concentration at any village house now, ppm. */
  villagePeakPpm: number;
  villages: ExposureSite[];
  shelters: ExposureSite[];
  responders: ExposureSite;
  /** Expected people harmed so far (fractional): dead by the probit, injured and severe (the dead among them). */
  harm: Harm;
  /** Severe patients handed to care so far. */
  admittedCount: number;
  care: CareState;
}

export interface FoodPhysics {
  kind: 'foodPoisoning';
  /** Index of the next meal to serve, and meals served or called off because the food was sealed. */
  nextMeal: number;
  servedMealCount: number;
  cancelledMealCount: number;
  /** Sim times when the cases still incubating fall ill, ascending: mild and severe. */
  mildOnsetsS: number[];
  severeOnsetsS: number[];
  casesCount: number;
  severeCount: number;
  care: CareState;
}

export interface CoPhysics {
  kind: 'carbonMonoxide';
  /** Per poisoned home: CO, ppm; its people's %COHb; its status (homeStatus). */
  ppm: number[];
  cohbPct: number[];
  status: number[];
  /** Homes the checks have yet to visit, and check capacity carried to the next minute. */
  uncheckedCount: number;
  checkCarry: number;
  dawnPassed: boolean;
  /** People found poisoned (over the injured COHb), those of them severe, and people dead in their homes. */
  poisonedCount: number;
  severeCount: number;
  deadAtHomeCount: number;
  care: CareState;
}
