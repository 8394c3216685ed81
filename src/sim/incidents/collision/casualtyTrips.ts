// Vehicles carrying casualties: ambulances take stretcher casualties, other transport takes the walking; each
// drives to the clinic or on past the county entry to the hospital, hands over, and comes back or goes home.
import type { SimContext } from '../../simContext.ts';
import { commanderOf } from '../../orders/authority.ts';
import type { UnitDefinition } from '../../scenario/rosterSchema.ts';
import type { UnitState } from '../../state/simState.ts';
import { announceDeparture } from '../../units/incidentPresence.ts';
import { distanceM } from '../../world/roadGraph.ts';
import type { PointM } from '../../world/townshipMap.ts';
import type { CollisionSpec } from './collisionSpec.ts';
import type { Patient } from './crashPatients.ts';
import { isAlive } from './crashPatients.ts';
import type { CrashSite } from './collisionPhysics.ts';
import { emergencyTrip, positionOf } from './crashSite.ts';
import type { Destination } from './collisionPhysics.ts';
import type { CasualtyTrip } from './collisionPhysics.ts';

export const isAmbulance = (def: UnitDefinition) => def.capabilities.includes('medical') && def.capabilities.includes('transport');

/** Stretcher beds and red slots still free at the clinic, counting casualties on their way there. */
function clinicRoom(spec: CollisionSpec, patients: readonly Patient[], trips: readonly CasualtyTrip[]) {
  const headingThere = new Set(trips.filter((t) => t.to === 'clinic').flatMap((t) => t.patients));
  const there = patients.filter((p) => isAlive(p) && p.category !== 'green' && (p.where === 'clinic' || (p.where === 'aboard' && headingThere.has(p.id))));
  return { beds: spec.clinic.bedCount - there.length, redSlots: spec.clinic.redSlotCount - there.filter((p) => p.category === 'red').length };
}

/** The clinic while it has room for the load (walkers always fit), else the county hospital, else null. */
export function destinationFor(load: readonly Patient[], options: { spec: CollisionSpec; site: CrashSite; patients: readonly Patient[]; trips: readonly CasualtyTrip[] }): Destination | null {
  const { site } = options;
  const room = clinicRoom(options.spec, options.patients, options.trips);
  const stretcher = load.filter((p) => p.category !== 'green').length;
  const reds = load.filter((p) => p.category === 'red').length;
  if (site.clinicId !== null && stretcher <= room.beds && reds <= room.redSlots) return 'clinic';
  return site.entryId !== null ? 'county' : site.clinicId !== null ? 'clinic' : null;
}

/** The map object a trip drives to: the clinic, or the county entry on the way to the hospital. */
export function tripStop(site: CrashSite, to: Destination): string {
  return to === 'clinic' ? site.clinicId! : site.entryId!;
}

/** Sends a unit from where it stands to a stop; false when no road gets it there. */
export function driveTo(ctx: SimContext, unit: UnitState, to: { place: string } | { incident: string }, at: PointM, site: CrashSite): boolean {
  const def = ctx.world.units.get(unit.id)!;
  const movement = emergencyTrip(ctx, def, unit.at, at, site.roadId);
  if (!movement) return false;
  announceDeparture(ctx, unit);
  unit.status = 'enRoute';
  unit.target = to;
  unit.movement = movement;
  ctx.emit({ type: 'unit.dispatched', unit: unit.id, by: commanderOf(def, unit), target: to, etaS: movement.arriveS - ctx.state.timeS });
  return true;
}

/** Sends a unit home once its casualty work is done; it waits where it is when no road gets it there. */
export function sendHome(ctx: SimContext, unit: UnitState, site: CrashSite): void {
  const def = ctx.world.units.get(unit.id)!;
  const movement = emergencyTrip(ctx, def, unit.at, positionOf(ctx, def.base), site.roadId);
  if (!movement) return;
  announceDeparture(ctx, unit);
  unit.status = 'returning';
  unit.target = { place: def.base };
  unit.movement = movement;
  ctx.emit({ type: 'unit.recalled', unit: unit.id, by: commanderOf(def, unit), etaS: movement.arriveS - ctx.state.timeS });
}

/** Whether a unit stands still at a point (it has reached it, whoever sent it). */
export function standsAt(unit: UnitState, at: PointM): boolean {
  return unit.movement === null && unit.status !== 'offMap' && unit.status !== 'incoming' && distanceM(unit.at, at) < 1;
}
