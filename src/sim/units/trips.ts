// Units on the move: planning a trip from wherever a unit is, and where it is at any second of the trip.
import type { SimContext } from '../simContext.ts';
import type { UnitDefinition } from '../scenario/rosterSchema.ts';
import type { Movement, UnitState } from '../state/simState.ts';
import type { PointM } from '../world/townshipMap.ts';
import { planRoute } from '../world/routing.ts';
import { attachToRoads } from '../world/roadGraph.ts';
import type { Target } from '../state/target.ts';
import { vehicleOf } from '../world/world.ts';

/** Where a unit is at `timeS`: interpolated along its trip, or where it stands. */
export function unitPositionAt(unit: Pick<UnitState, 'at' | 'movement'>, timeS: number): PointM {
  const m = unit.movement;
  if (!m) return unit.at;
  let legStartS = m.departS;
  for (let i = 0; i < m.legEndS.length; i++) {
    const legEndS = m.legEndS[i]!;
    if (timeS < legEndS) {
      const a = m.pointsM[i]!;
      const b = m.pointsM[i + 1]!;
      const f = legEndS > legStartS ? Math.max(0, (timeS - legStartS) / (legEndS - legStartS)) : 1;
      return { xM: a.xM + (b.xM - a.xM) * f, yM: a.yM + (b.yM - a.yM) * f };
    }
    legStartS = legEndS;
  }
  return m.pointsM[m.pointsM.length - 1]!;
}

/**
 * A trip from the unit's position now to `to`, over open roads, or null when it cannot get there. A unit bound
 * for an incident may drive the closed road the incident lies on: the closure keeps traffic out, not responders.
 */
export function planTrip(ctx: SimContext, def: UnitDefinition, unit: UnitState, to: PointM, target: Target | null = null): Movement | null {
  const now = ctx.state.timeS;
  const closedRoads = new Set(ctx.state.closedRoads);
  if (target !== null && 'incident' in target) {
    const onRoad = attachToRoads(ctx.world.roads, to, () => true);
    if (onRoad && onRoad.offRoadM <= ctx.world.drill.map.cellSizeM) closedRoads.delete(onRoad.segment.edge.roadId);
  }
  const route = planRoute({
    roads: ctx.world.roads,
    vehicle: vehicleOf(ctx.world, def),
    from: unitPositionAt(unit, now),
    to,
    closedRoads,
    maxCrossCountryM: ctx.world.maxCrossCountryM,
  });
  if (!route) return null;
  let t = now;
  const legEndS = route.legS.map((s) => (t += s));
  return { departS: now, pointsM: route.pointsM, roadIds: route.roadIds, legEndS, arriveS: Math.max(now + 1, Math.ceil(t)) };
}

/** Whole seconds until the trip ends, as players are told. */
export function etaS(ctx: SimContext, movement: Movement): number {
  return movement.arriveS - ctx.state.timeS;
}

/** Whether the rest of the trip (from `timeS`) uses a road. */
export function tripUsesRoad(movement: Movement, roadId: string, timeS: number): boolean {
  return movement.roadIds.some((r, i) => r === roadId && movement.legEndS[i]! > timeS);
}
