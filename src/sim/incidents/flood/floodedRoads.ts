// Traffic meeting water on roads that are not closed: on open ground, over the embankment's crest, in the breach or
// on a bridge deck awash. Cars are swept where the water reaches ARR hazard class H2; closing the road stops them.
import { cellVelocityMs } from '../../models/inertialFlood.ts';
import { vehicleUnstable } from '../../models/floodVehicles.ts';
import { ratingDischargeM3s, weirVelocityMs } from '../../models/riverStage.ts';
import type { SimContext } from '../../simContext.ts';
import type { ActiveIncident } from '../incidentState.ts';
import { recordCasualties } from '../incidentHost.ts';
import type { CrossingKind, FloodGeometry } from './floodGeometry.ts';
import type { FloodPhysics } from './floodPhysics.ts';
import type { FloodSpec } from './floodSpec.ts';
import type { EmbankmentLevels } from './riverPhysics.ts';

interface Water { depthM: number; velocityMs: number }
const dry: Water = { depthM: 0, velocityMs: 0 };

/** Water over a crest or sill `headM` below the river: critical depth 2H/3 at the critical velocity. */
const overCrest = (headM: number): Water => (headM > 0 ? { depthM: (2 * headM) / 3, velocityMs: weirVelocityMs(headM) } : dry);

function waterAt(spec: FloodSpec, geometry: FloodGeometry, physics: FloodPhysics, levels: EmbankmentLevels, crossing: { cell: number; kind: CrossingKind }): Water {
  const stageM = physics.river.stageM;
  switch (crossing.kind) {
    case 'ground': return { depthM: physics.water.depthM[crossing.cell]!, velocityMs: cellVelocityMs(geometry.grid, physics.water, crossing.cell) };
    case 'crest': return overCrest(stageM - levels.crestM);
    case 'weakCrest': return overCrest(stageM - (physics.breachAtS !== null ? levels.sillM : levels.weakCrestM));
    case 'bridge': {
      const depthM = stageM - levels.deckM;
      const flowDepthM = Math.max(0.1, stageM - spec.river.rating.zeroFlowStageM);
      return depthM > 0 ? { depthM, velocityMs: ratingDischargeM3s(stageM, spec.river.rating) / (spec.river.widthM * flowDepthM) } : dry;
    }
  }
}

/** Vehicles meeting the water this tick: a whole number drawn around the expected count. */
function arrivals(ctx: SimContext, perHour: number, dtS: number): number {
  const expected = (perHour * dtS) / 3600;
  return Math.floor(expected) + (ctx.random.next('flood') < expected - Math.floor(expected) ? 1 : 0);
}

/** Sweeps cars off flooded roads that are still open; returns how many were swept this tick. */
export function sweepVehicles(ctx: SimContext, incident: ActiveIncident<'flood'>, spec: FloodSpec, geometry: FloodGeometry, physics: FloodPhysics, levels: EmbankmentLevels, dtS: number): number {
  const { map } = ctx.world.drill;
  const { traffic } = spec;
  physics.floodedRoads = [];
  let swept = 0;
  let deadCount = 0;
  let injuredCount = 0;
  geometry.roads.forEach((crossings, i) => {
    const unsafe = crossings.cells.some((c) => { const w = waterAt(spec, geometry, physics, levels, c); return vehicleUnstable(w.depthM, w.velocityMs, 'smallCar'); });
    if (!unsafe) return;
    physics.floodedRoads.push(crossings.road);
    if (ctx.state.closedRoads.includes(crossings.road)) return;
    const vehicles = arrivals(ctx, traffic.vehiclesPerHour[map.roads[i]!.roadClass], dtS);
    for (let v = 0; v < vehicles; v++) {
      if (ctx.random.next('flood') < traffic.turnBackShare) continue;
      swept++;
      const dead = ctx.random.binomial('flood', traffic.occupantsPerVehicle, traffic.sweptDeathShare);
      deadCount += dead;
      injuredCount += traffic.occupantsPerVehicle - dead;
    }
  });
  physics.sweptVehicleCount += swept;
  physics.vehicleDeadCount += deadCount;
  recordCasualties(ctx, incident, { deadCount, injuredCount, seriousInjuredCount: injuredCount });
  return swept;
}
