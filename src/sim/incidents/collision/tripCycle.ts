// The round of each casualty trip, tick by tick: load at the scene, drive, hand over (off the map for the county
// hospital), then back to the scene while casualties wait there, or home.
import type { SimContext } from '../../simContext.ts';
import type { UnitDefinition } from '../../scenario/rosterSchema.ts';
import type { UnitState } from '../../state/simState.ts';
import { unitsAtIncident } from '../../units/incidentPresence.ts';
import { incidentLocation } from '../incidentHost.ts';
import type { StartedIncident } from '../incidentState.ts';
import type { CollisionSpec } from './collisionSpec.ts';
import type { Patient, PatientWhere } from './crashPatients.ts';
import { isAlive } from './crashPatients.ts';
import type { CrashSite } from './collisionPhysics.ts';
import { positionOf } from './crashSite.ts';
import type { CasualtyTrip } from './collisionPhysics.ts';
import { destinationFor, driveTo, isAmbulance, sendHome, standsAt, tripStop } from './casualtyTrips.ts';
import { byPriority } from './patientCare.ts';
import { ownEntry } from '../../scenario/ownEntry.ts';

export interface TripWork { ctx: SimContext; incident: StartedIncident<'collision'>; spec: CollisionSpec; site: CrashSite; patients: Patient[]; trips: CasualtyTrip[] }

/** Units that have work of their own at a crash (rescue, traffic): they are never sent off to carry the walking. */
const sceneWork = ['fire', 'heavyLifting', 'trafficControl', 'policing'] as const;

/**
 * What a transport unit takes: an ambulance the next casualties in order; another vehicle with no scene work of
 * its own (a bus, a supply truck) only the walking, once triage has directed them to a collection point.
 */
function loadFor(work: TripWork, def: UnitDefinition, options: { sortByTag: boolean; walkersDirected: boolean }): Patient[] {
  const free = byPriority(work.patients, options.sortByTag).filter((p) => !p.trapped);
  if (isAmbulance(def)) return free.slice(0, work.spec.transport.ambulancePatientsPerTrip);
  if (!options.walkersDirected || sceneWork.some((c) => def.capabilities.includes(c))) return [];
  const seats = ownEntry(work.spec.transport.walkerSeatsByVehicle, def.vehicle) ?? work.spec.transport.otherWalkerSeats;
  return free.filter((p) => p.category === 'green').slice(0, seats);
}

/** Every idle transport unit on scene takes what it can carry and sets off. */
export function loadAndDepart(work: TripWork, options: { sortByTag: boolean; walkersDirected: boolean }): void {
  const { ctx, site } = work;
  for (const unit of unitsAtIncident(ctx, work.incident.id)) {
    const def = ctx.world.units.get(unit.id)!;
    if (!def.capabilities.includes('transport') || work.trips.some((t) => t.unit === unit.id)) continue;
    const load = loadFor(work, def, options);
    const to = load.length > 0 ? destinationFor(load, { spec: work.spec, site, patients: work.patients, trips: work.trips }) : null;
    if (to === null) continue;
    const stop = tripStop(site, to);
    if (!driveTo(ctx, unit, { place: stop }, positionOf(ctx, stop), site)) continue;
    for (const p of load) Object.assign(p, { where: 'aboard', unit: unit.id, leftScene: { atS: ctx.state.timeS, as: p.category } });
    work.trips.push({ unit: unit.id, to, stage: 'outbound', untilS: null, patients: load.map((p) => p.id) });
  }
}

function handOver(work: TripWork, trip: CasualtyTrip, where: PatientWhere): void {
  for (const p of work.patients) if (trip.patients.includes(p.id)) p.where = where;
}

/** The trip is over: back to the scene while living casualties wait there, otherwise home. */
function finish(work: TripWork, trip: CasualtyTrip, unit: UnitState): void {
  work.trips.splice(work.trips.indexOf(trip), 1);
  const waiting = work.patients.some((p) => p.where === 'scene' && isAlive(p));
  const scene = incidentLocation(work.ctx, work.spec);
  if (work.incident.status === 'active' && waiting && driveTo(work.ctx, unit, { incident: work.incident.id }, scene, work.site)) return;
  sendHome(work.ctx, unit, work.site);
}

function outbound(work: TripWork, trip: CasualtyTrip, unit: UnitState): void {
  const { ctx } = work;
  const stop = tripStop(work.site, trip.to);
  const at = positionOf(ctx, stop);
  if (!standsAt(unit, at)) {
    // Stopped by a road closure on the way: the police let a loaded ambulance through.
    const stranded = unit.status === 'onScene' && unit.target !== null && 'xM' in unit.target && unit.movement === null;
    if (stranded) driveTo(ctx, unit, { place: stop }, at, work.site);
    return;
  }
  if (trip.to === 'clinic') {
    handOver(work, trip, 'clinic');
    Object.assign(trip, { stage: 'handover', untilS: ctx.state.timeS + work.spec.transport.handoverS });
    return;
  }
  unit.status = 'offMap';
  unit.target = null;
  ctx.changedQuietly();
  Object.assign(trip, { stage: 'beyond', untilS: ctx.state.timeS + work.spec.countyHospital.beyondEntryS });
}

/** Moves every trip on by one tick. */
export function advanceTrips(work: TripWork): void {
  const now = work.ctx.state.timeS;
  for (const trip of [...work.trips]) {
    const unit = work.ctx.state.units.find((u) => u.id === trip.unit)!;
    if (trip.stage === 'outbound') { outbound(work, trip, unit); continue; }
    if (trip.untilS !== null && now < trip.untilS) continue;
    if (trip.stage === 'beyond') {
      handOver(work, trip, 'county');
      Object.assign(trip, { stage: 'handover', untilS: now + work.spec.transport.handoverS });
    } else if (trip.stage === 'handover' && trip.to === 'county') {
      Object.assign(trip, { stage: 'inbound', untilS: now + work.spec.countyHospital.beyondEntryS });
    } else if (trip.stage === 'handover') {
      // A player may have sent the ambulance elsewhere during the handover: then the trip simply ends.
      if (unit.status === 'onScene' && standsAt(unit, positionOf(work.ctx, work.site.clinicId!))) finish(work, trip, unit);
      else work.trips.splice(work.trips.indexOf(trip), 1);
    } else {
      const entry = work.site.entryId!;
      unit.status = 'onScene';
      unit.at = positionOf(work.ctx, entry);
      unit.target = { place: entry };
      work.ctx.changedQuietly();
      finish(work, trip, unit);
    }
  }
}
