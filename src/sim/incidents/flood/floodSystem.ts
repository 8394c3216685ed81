// 涝 physics every minute: the storm's rain runs off the catchment into the river and off the township's own cells;
// river water spills over the crest or through a breach; the water spreads over the grid and the pumps draw it down;
// then the people and cars in it are harmed, and the machine hears the river's readings.
import type { FloodTick } from '../../../machines/floodMachine.ts';
import { scsRunoffMm } from '../../models/flood.ts';
import type { SimContext } from '../../simContext.ts';
import type { System } from '../../systems/system.ts';
import { activeIncidents, sendToIncident } from '../incidentHost.ts';
import type { ActiveIncident } from '../incidentState.ts';
import { pumpCapacityM3s, spillOverEmbankment, watchWeakPoint, workSandbags } from './embankment.ts';
import type { FloodGeometry } from './floodGeometry.ts';
import { sweepVehicles } from './floodedRoads.ts';
import type { FloodPhysics } from './floodPhysics.ts';
import { floodGeometryOf } from './floodPlaces.ts';
import type { FloodSpec } from './floodSpec.ts';
import { spreadWater } from './inundation.ts';
import { harmPeopleInWater } from './peopleInWater.ts';
import type { RainCourse } from './rainCourse.ts';
import { rainEndS, rainSinceStartMm, signalAt } from './rainCourse.ts';
import { embankmentLevels, stepRiver } from './riverPhysics.ts';

const cadenceS = 60;

/**
 * The storm's runoff this tick on the land behind the embankment (圩区, ground below its crest), by SCS on each cell's
 * land cover, added to `sourceM3s`. Higher ground drains to the river by its own streams: the catchment counts it.
 */
function addLocalRunoff(spec: FloodSpec, geometry: FloodGeometry, physics: FloodPhysics, options: { stormRainMm: number; belowM: number; dtS: number }, sourceM3s: number[]): void {
  const { stormRainMm, belowM, dtS } = options;
  const { map } = geometry;
  const areaM2 = map.cellSizeM * map.cellSizeM;
  const rateByTerrain: Record<string, number> = {};
  for (const terrain of Object.keys(spec.curveNumbers) as (keyof FloodSpec['curveNumbers'])[]) {
    const cn = spec.curveNumbers[terrain];
    const runoffMm = scsRunoffMm(stormRainMm, cn);
    const beforeMm = physics.localRunoffMm[terrain]!;
    physics.localRunoffMm[terrain] = runoffMm;
    rateByTerrain[terrain] = (Math.max(0, runoffMm - beforeMm) / 1000) * areaM2 / dtS;
  }
  const { open, groundM } = geometry.grid;
  for (let c = 0; c < sourceM3s.length; c++) if (open[c] && groundM[c]! < belowM) sourceM3s[c] = sourceM3s[c]! + rateByTerrain[map.terrain[c]!]!;
}

const levelsOf = (spec: FloodSpec, geometry: FloodGeometry, physics: FloodPhysics) =>
  embankmentLevels(spec, { mapCrestM: geometry.mapCrestM, weakGroundM: geometry.weakGroundM, raiseM: physics.raiseM });

/** One tick of physics; returns what the machine hears of the villages and roads. */
function stepPhysics(ctx: SimContext, incident: ActiveIncident<'flood'>, spec: FloodSpec, geometry: FloodGeometry, stormRainMm: number, dtS: number) {
  const physics = incident.physics;
  const machine = incident.machine.context;
  workSandbags(ctx, incident, spec, machine, dtS);
  const levels = levelsOf(spec, geometry, physics);
  const sourceM3s = new Array<number>(geometry.grid.groundM.length).fill(0);
  physics.spillM3s = spillOverEmbankment(ctx, spec, geometry, physics, levels, sourceM3s);
  addLocalRunoff(spec, geometry, physics, { stormRainMm, belowM: levels.crestM, dtS }, sourceM3s);
  physics.river = stepRiver(physics.river, spec, { stormRainMm, curveNumber: physics.curveNumber, drawnM3s: physics.spillM3s, dtS });
  physics.peakStageM = Math.max(physics.peakStageM, physics.river.stageM);
  watchWeakPoint(ctx, spec, physics, machine, dtS);
  physics.pumpedM3 += spreadWater(geometry.grid, physics.water, { dtS, manningN: spec.manningN, sourceM3s, pumpM3s: pumpCapacityM3s(ctx, spec, machine), pumpCells: geometry.pumpCells }).pumpedM3;
  const villageDepthM = harmPeopleInWater(ctx, incident, spec, geometry, physics, dtS);
  const vehiclesSwept = sweepVehicles(ctx, incident, spec, geometry, physics, levels, dtS);
  return { villageDepthM, vehiclesSwept };
}

function runIncident(ctx: SimContext, spec: FloodSpec, incident: ActiveIncident<'flood'>): void {
  const physics = incident.physics;
  const { scenario } = ctx.world.drill;
  const course: RainCourse = { spec, steadyMmH: scenario.weather.rainMmH, steadyForS: scenario.durationS };
  const sinceStartS = ctx.state.timeS - incident.startedS!;
  const dtS = Math.min(cadenceS, sinceStartS - physics.lastRunS);
  const geometry = floodGeometryOf(ctx, spec);
  const stormRainMm = spec.antecedentRainMm + rainSinceStartMm(course, sinceStartS);
  const readings = dtS > 0 ? stepPhysics(ctx, incident, spec, geometry, stormRainMm, dtS) : { villageDepthM: 0, vehiclesSwept: 0 };
  physics.lastRunS = sinceStartS;
  const levels = levelsOf(spec, geometry, physics);
  const tick: FloodTick = {
    type: 'clock.tick', timeS: ctx.state.timeS, stageM: physics.river.stageM, crestM: Math.min(levels.crestM, levels.weakCrestM),
    signal: signalAt(course, sinceStartS), rainOver: sinceStartS >= rainEndS(course),
    seepageFound: physics.seepageFoundS !== null, breached: physics.breachAtS !== null,
    villageDepthM: readings.villageDepthM, vehiclesSwept: readings.vehiclesSwept,
  };
  sendToIncident(ctx, incident, { ...tick });
}

export const floodSystem: System = {
  name: 'flood',
  cadenceS,
  run(ctx) {
    for (const { spec, incident } of activeIncidents(ctx, 'flood')) runIncident(ctx, spec, incident);
  },
};
