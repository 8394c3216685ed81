// Where the flood's named places are on the map (the weak point is the incident's place; the pumps drain around theirs),
// and the flood's geometry worked out from them.
import type { SimContext } from '../../simContext.ts';
import type { IncidentPlace } from '../../scenario/incidentBase.ts';
import type { PointM } from '../../world/townshipMap.ts';
import { incidentLocation } from '../incidentHost.ts';
import type { FloodGeometry } from './floodGeometry.ts';
import { floodGeometry } from './floodGeometry.ts';
import type { FloodSpec } from './floodSpec.ts';

/** A spec's place on the map. An unknown id is a content error the loader should have caught: it throws. */
export function pointOf(ctx: SimContext, at: IncidentPlace, field: string): PointM {
  if ('xM' in at) return { xM: at.xM, yM: at.yM };
  const object = ctx.world.objects.get(at.place);
  if (!object) throw new Error(`flood ${field}: no map object "${at.place}"`);
  return object.at;
}

export function floodGeometryOf(ctx: SimContext, spec: FloodSpec): FloodGeometry {
  const weakAt = incidentLocation(ctx, spec);
  return floodGeometry(ctx.world.drill.map, spec, weakAt, spec.pumping.at ? pointOf(ctx, spec.pumping.at, 'pumping.at') : weakAt);
}
