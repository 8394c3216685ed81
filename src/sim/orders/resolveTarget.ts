// Turns an order's target (a map object or a point) into a position, or a rejection a player can read.
import type { SimContext } from '../simContext.ts';
import type { Target } from '../state/target.ts';
import type { PointM } from '../world/townshipMap.ts';
import { incidentLocation, incidentSpec } from '../incidents/incidentHost.ts';
import type { Rejection } from './rejection.ts';
import { reject } from './rejection.ts';

export function resolveTarget(ctx: SimContext, target: Target): PointM | Rejection {
  if ('place' in target) {
    const object = ctx.world.objects.get(target.place);
    return object ? object.at : reject('unknown-target', { target: target.place });
  }
  if ('incident' in target) {
    const incident = ctx.state.incidents.find((i) => i.id === target.incident);
    if (!incident || incident.status === 'pending') return reject('unknown-incident', { incident: target.incident });
    return incidentLocation(ctx, incidentSpec(ctx, incident.id));
  }
  const { map } = ctx.world.drill;
  const inside = target.xM >= 0 && target.yM >= 0 && target.xM <= map.widthCells * map.cellSizeM && target.yM <= map.heightCells * map.cellSizeM;
  return inside ? { xM: target.xM, yM: target.yM } : reject('target-off-map');
}
