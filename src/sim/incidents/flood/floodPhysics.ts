// The flood's physics state (plain JSON: hashed and saved with the drill) and how it starts.
import type { InertialWater } from '../../models/inertialFlood.ts';
import { dryWater } from '../../models/inertialFlood.ts';
import type { SimContext } from '../../simContext.ts';
import { scsRunoffMm } from '../../models/flood.ts';
import type { FloodSpec } from './floodSpec.ts';
import { floodGeometryOf } from './floodPlaces.ts';
import type { BagState, RiverState } from './riverPhysics.ts';
import { catchmentCurveNumber, initialRiver } from './riverPhysics.ts';

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

export function initialFloodPhysics(spec: FloodSpec, ctx: SimContext): FloodPhysics {
  const { map } = ctx.world.drill;
  const geometry = floodGeometryOf(ctx, spec);
  const curveNumber = catchmentCurveNumber(spec, map.terrain);
  const river = initialRiver(spec, curveNumber);
  return {
    lastRunS: 0, curveNumber, river, peakStageM: river.stageM, spillM3s: 0,
    seepageStartS: null, seepageFoundS: null, breachAtS: null,
    bags: { stock: 0, ringWell: 0, wall: 0, deliveredBy: [] }, raiseM: 0,
    localRunoffMm: Object.fromEntries(Object.entries(spec.curveNumbers).map(([terrain, cn]) => [terrain, scsRunoffMm(spec.antecedentRainMm, cn)])),
    water: dryWater(geometry.grid), pumpedM3: 0,
    villages: map.villages.map((v, i) => ({
      hurtAbleCount: 0, hurtVulnerableCount: 0, seriousInWaterCount: 0,
      lastAtHomeCount: ctx.state.villages[i]!.atHomeCount + ctx.state.villages[i]!.atHomeVulnerableCount,
      waterArrivedS: null, peakDepthsM: geometry.villageCells[i]!.map(() => 0), damageShare: 0,
    })),
    peopleInWaterCount: 0, peakPeopleInWaterCount: 0, floodedRoads: [], sweptVehicleCount: 0, vehicleDeadCount: 0,
  };
}
