// Where a crash sits in the township: the road it blocks, the clinic and the county entry its casualties are
// driven to, and the routes emergency vehicles take (through the closure of the crash road itself).
import type { SimContext } from '../../simContext.ts';
import type { UnitDefinition } from '../../scenario/rosterSchema.ts';
import type { Movement } from '../../state/simState.ts';
import { attachToRoads, distanceM } from '../../world/roadGraph.ts';
import { planRoute } from '../../world/routing.ts';
import type { PointM } from '../../world/townshipMap.ts';
import { vehicleOf } from '../../world/world.ts';
import { incidentLocation } from '../incidentHost.ts';
import type { CollisionSpec } from './collisionSpec.ts';
import type { CrashSite } from './collisionPhysics.ts';

function mustExist(ctx: SimContext, id: string, field: string, kind: string): string {
  if (!ctx.world.objects.has(id)) throw new Error(`collision incident: ${field} "${id}" is not a ${kind} on the map (the scenario loader should have caught this)`);
  return id;
}

/** Resolves the spec's optional ids against the map, defaulting to the nearest road and entry and the first clinic. */
export function resolveCrashSite(ctx: SimContext, spec: CollisionSpec): CrashSite {
  const at = incidentLocation(ctx, spec);
  const { map } = ctx.world.drill;
  const road = spec.road !== undefined
    ? map.roads.find((r) => r.id === spec.road)
    : map.roads.find((r) => r.id === attachToRoads(ctx.world.roads, at, () => true)?.segment.edge.roadId);
  if (spec.road !== undefined && !road) throw new Error(`collision incident: road "${spec.road}" is not on the map (the scenario loader should have caught this)`);
  const clinicId = spec.clinic.station !== undefined
    ? mustExist(ctx, spec.clinic.station, 'clinic.station', 'station')
    : map.stations.find((s) => s.kind === 'clinic')?.id ?? null;
  const entries = map.places.filter((p) => p.kind === 'countyEntry').sort((a, b) => distanceM(a.at, at) - distanceM(b.at, at));
  const entryId = spec.countyHospital.entry !== undefined
    ? mustExist(ctx, spec.countyHospital.entry, 'countyHospital.entry', 'place')
    : entries[0]?.id ?? null;
  return { roadId: road?.id ?? null, fastRoad: road !== undefined && spec.secondCollision.fastRoadClasses.includes(road.roadClass), clinicId, entryId };
}

/** A map object's position (the site's ids are resolved at the start, so it exists). */
export function positionOf(ctx: SimContext, id: string): PointM {
  return ctx.world.objects.get(id)!.at;
}

/**
 * A trip for an emergency vehicle from `from` to `to` starting now, over open roads plus the crash road itself
 * (traffic police let ambulances through their own closure), or null when nothing open gets there.
 */
export function emergencyTrip(ctx: SimContext, def: UnitDefinition, from: PointM, to: PointM, crashRoadId: string | null): Movement | null {
  const closedRoads = new Set(ctx.state.closedRoads.filter((r) => r !== crashRoadId));
  const route = planRoute({ roads: ctx.world.roads, vehicle: vehicleOf(ctx.world, def), from, to, closedRoads, maxCrossCountryM: ctx.world.maxCrossCountryM });
  if (!route) return null;
  const now = ctx.state.timeS;
  let t = now;
  const legEndS = route.legS.map((s) => (t += s));
  return { departS: now, pointsM: route.pointsM, roadIds: route.roadIds, legEndS, arriveS: Math.max(now + 1, Math.ceil(t)) };
}
