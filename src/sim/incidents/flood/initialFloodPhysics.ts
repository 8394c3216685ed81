// A flood as it starts: the river at its base stage, the catchment's runoff so far, dry ground, every village at home.
import { dryWater } from '../../models/inertialFlood.ts';
import { scsRunoffMm } from '../../models/flood.ts';
import type { SimContext } from '../../simContext.ts';
import type { FloodPhysics } from './floodPhysics.ts';
import type { FloodSpec } from './floodSpec.ts';
import { floodGeometryOf } from './floodPlaces.ts';
import { catchmentCurveNumber, initialRiver } from './riverPhysics.ts';

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
