// The flood's physics state (plain JSON: hashed and saved with the drill); initialFloodPhysics.ts starts it.
import type { InertialWater } from '../../models/inertialFlood.ts';
import type { BagState, RiverState } from './riverPhysics.ts';

/** One village's toll and water, in map order. */
export interface VillageWater {
  /** Residents harmed so far (no longer counted among those the water can harm). */
  hurtAbleCount: number;
  hurtVulnerableCount: number;
  /** Seriously injured people still at home in the water: they die unless moved out. */
  seriousInWaterCount: number;
  /** Residents at home at the last tick, to see how many were moved out since. */
  lastAtHomeCount: number;
  /** When water first stood above the dry threshold in the village. */
  waterArrivedS: number | null;
  /** The deepest water each of the village's cells has had, and the share of its houses' value lost. */
  peakDepthsM: number[];
  damageShare: number;
}

export interface FloodPhysics {
  /** Seconds after the incident's start when the physics last ran. */
  lastRunS: number;
  curveNumber: number;
  river: RiverState;
  peakStageM: number;
  /** Water leaving the river over the crest and through the breach at the last tick. */
  spillM3s: number;
  seepageStartS: number | null;
  seepageFoundS: number | null;
  breachAtS: number | null;
  bags: BagState;
  raiseM: number;
  /** The storm's runoff so far on each land cover of the township's own cells (mm), the antecedent rain's included. */
  localRunoffMm: Record<string, number>;
  water: InertialWater;
  pumpedM3: number;
  villages: VillageWater[];
  peopleInWaterCount: number;
  peakPeopleInWaterCount: number;
  /** Roads where a car would be swept at the last tick, in map order. */
  floodedRoads: string[];
  sweptVehicleCount: number;
  vehicleDeadCount: number;
}
