// 火 building fire physics every 10 s: the fire crews' water cools it, the heat release grows or falls, occupants
// get out (faster once `evacuateBuilding` is ordered) until flashover traps the rest; a fully developed fire may
// spread to the neighbours until a firebreak is opened; the remains may rekindle while unwatched.
import { waterCoolingKw } from '../../models/waterCooling.ts';
import type { SimContext } from '../../simContext.ts';
import type { System } from '../../systems/system.ts';
import { unitsAtIncident } from '../../units/incidentPresence.ts';
import { activeIncidents, recordCasualties, recordLoss, sendToIncident } from '../incidentHost.ts';
import type { ActiveIncident } from '../incidentState.ts';
import type { BuildingPhysics } from './buildingFire.ts';
import { escape, initialBuilding, stepHeatRelease } from './buildingFire.ts';
import { harm } from './fireHarm.ts';
import type { BuildingFireSpec, FireSpec } from './fireSpec.ts';
import { rekindleChance } from './rekindling.ts';
import { detMath } from '../../math/detMath.ts';
import { ownEntry } from '../../scenario/ownEntry.ts';

const cadenceS = 10;
const responderCapabilities = ['evacuation', 'fire', 'search', 'policing'];

/** The facility the fire is in, if it is at one. */
function facilityOf(ctx: SimContext, spec: FireSpec) {
  return 'place' in spec.at ? ctx.world.drill.map.facilities.find((f) => f.id === (spec.at as { place: string }).place) : undefined;
}

/** The village whose houses stand next door: the facility's village, or the village the fire is placed at. */
function villageOf(ctx: SimContext, spec: FireSpec) {
  const id = facilityOf(ctx, spec)?.village ?? ('place' in spec.at ? spec.at.place : null);
  const index = ctx.world.drill.map.villages.findIndex((v) => v.id === id);
  return index < 0 ? null : { def: ctx.world.drill.map.villages[index]!, state: ctx.state.villages[index]! };
}

export function initialBuildingFire(spec: BuildingFireSpec, ctx: SimContext): BuildingPhysics {
  return initialBuilding(spec.building, spec.building.occupants ?? facilityOf(ctx, spec)?.occupants ?? 0);
}

/** Cooling (kW) from the fire crews on scene: water vehicles pump until empty, other crews use hand lines and extinguishers. */
function applyWater(ctx: SimContext, spec: BuildingFireSpec, incident: ActiveIncident<'fire'>, physics: BuildingPhysics): void {
  const b = spec.building;
  const crews = unitsAtIncident(ctx, incident.id).map((u) => ctx.world.units.get(u.id)!).filter((d) => d.capabilities.includes('fire'));
  physics.water = crews.flatMap((d) => { const water = ownEntry(spec.water, d.vehicle); return water ? [physics.water.find((w) => w.unit === d.id) ?? { unit: d.id, waterL: water.loadL }] : []; });
  physics.coolingKw = crews.reduce((kw, d) => {
    const tank = physics.water.find((w) => w.unit === d.id);
    const handLs = d.crewCount * b.handFlowLsPerCrewMember;
    if (!tank || tank.waterL <= 0) return kw + waterCoolingKw(handLs, b.waterEfficiency);
    const flowLs = Math.min(ownEntry(spec.water, d.vehicle)!.flowLs, tank.waterL / cadenceS);
    if (physics.flaming && physics.hrrKw > 0) tank.waterL -= flowLs * cadenceS;
    return kw + waterCoolingKw(flowLs + handLs, b.waterEfficiency);
  }, 0);
}

/** At flashover everyone still inside is trapped: deaths, and every survivor hurt. The building is lost (booked once). */
function trapOccupants(ctx: SimContext, spec: BuildingFireSpec, incident: ActiveIncident<'fire'>, physics: BuildingPhysics): void {
  const { deathShare, seriousShareOfSurvivors } = spec.building.trappedHarm;
  const toll = harm(physics.insideCount, { deathShare, seriousShare: seriousShareOfSurvivors, injuryShare: 1 }, physics.tollCarry);
  physics.insideCount = 0;
  recordCasualties(ctx, incident, toll);
  if (!physics.buildingLossBooked) recordLoss(ctx, incident, spec.building.lossYuan.building);
  physics.buildingLossBooked = true;
}

/** A fully developed fire out of control may catch the next building, until a firebreak is opened between them. */
function spreadNextDoor(ctx: SimContext, spec: BuildingFireSpec, incident: ActiveIncident<'fire'>, physics: BuildingPhysics, underControl: boolean): void {
  const n = spec.building.neighbours;
  const crewMin = unitsAtIncident(ctx, incident.id).filter((u) => incident.machine.context.firebreakUnits.includes(u.id))
    .reduce((m, u) => m + (ctx.world.units.get(u.id)!.crewCount * cadenceS) / 60, 0);
  physics.firebreakCrewMin += crewMin;
  if (!physics.flashedOver || !physics.flaming || underControl || physics.neighboursBurning >= n.count || physics.firebreakCrewMin >= n.firebreakCrewMin) return;
  if (ctx.random.next('fire') >= 1 - detMath.exp(-(n.spreadRatePerHour * cadenceS) / 3600)) return;
  physics.neighboursBurning += 1;
  const village = villageOf(ctx, spec);
  const atHomeShare = village && village.def.population > 0 ? (village.state.atHomeCount + village.state.atHomeVulnerableCount) / village.def.population : 1;
  recordCasualties(ctx, incident, harm(n.residentsEach * atHomeShare, { deathShare: n.deathShare, seriousShare: 0, injuryShare: n.injuryShare }, physics.tollCarry));
  recordLoss(ctx, incident, spec.building.lossYuan.neighbour);
}

/** Occupants leave: on their own once flames show, and with the responders on scene once evacuation is ordered. */
function moveOccupants(ctx: SimContext, spec: BuildingFireSpec, incident: ActiveIncident<'fire'>, physics: BuildingPhysics): void {
  const b = spec.building;
  const responders = unitsAtIncident(ctx, incident.id).map((u) => ctx.world.units.get(u.id)!)
    .filter((d) => d.capabilities.some((c) => responderCapabilities.includes(c))).reduce((n, d) => n + d.crewCount, 0);
  const ordered = incident.machine.context.buildingEvacuationOrdered;
  const perMin = (incident.phase === 'smouldering' ? 0 : b.selfEscapePerMin) + (ordered ? responders * b.escapePerResponderPerMin : 0);
  escape(physics, perMin, cadenceS);
}

function burnOneTick(ctx: SimContext, spec: BuildingFireSpec, incident: ActiveIncident<'fire'>, physics: BuildingPhysics): void {
  applyWater(ctx, spec, incident, physics);
  moveOccupants(ctx, spec, incident, physics);
  if (incident.phase === 'smouldering') {
    physics.flaming = physics.coolingKw === 0;
    return;
  }
  if (!physics.roomLossBooked) {
    physics.roomLossBooked = true;
    recordLoss(ctx, incident, spec.building.lossYuan.room);
  }
  if (stepHeatRelease(physics, spec.building, cadenceS)) trapOccupants(ctx, spec, incident, physics);
  spreadNextDoor(ctx, spec, incident, physics, physics.coolingKw > 0 && physics.coolingKw >= physics.hrrKw);
}

/** The remains may flare up again, unless the building has burnt out (nothing left to burn). */
function rekindle(ctx: SimContext, spec: BuildingFireSpec, incident: ActiveIncident<'fire'>, physics: BuildingPhysics): boolean {
  if (physics.fullyDevelopedS > spec.building.burnoutS) return false;
  const p = rekindleChance(spec, incident.machine.context, incident.phase, cadenceS);
  if (p <= 0 || ctx.random.next('fire') >= p) return false;
  Object.assign(physics, { flaming: true, hrrKw: 0, growthS: 0, flashedOver: false, fullyDevelopedS: 0 });
  return true;
}

export const buildingSystem: System = {
  name: 'fire.building',
  cadenceS,
  run(ctx) {
    for (const { spec, incident } of activeIncidents(ctx, 'fire')) {
      const { physics } = incident;
      if (spec.kind !== 'building' || physics.kind !== 'building') continue;
      const burning = physics.flaming && !['out', 'watch', 'unguarded'].includes(incident.phase ?? '');
      if (burning) burnOneTick(ctx, spec, incident, physics);
      const rekindled = !burning && rekindle(ctx, spec, incident, physics);
      sendToIncident(ctx, incident, {
        type: 'clock.tick', timeS: ctx.state.timeS, flaming: physics.flaming, threatenedCount: 0, villageCellsReachedCount: 0,
        underControl: physics.flaming && physics.coolingKw > 0 && physics.coolingKw >= physics.hrrKw,
        flashover: physics.flashedOver, rekindled,
      });
    }
  },
};
