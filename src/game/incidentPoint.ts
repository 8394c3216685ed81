// Where a scenario incident (or a curveball the facilitator added) is on the map, in metres: at its named place, or
// at its own point.
import type { Drill, PointM, World } from '../sim/index.ts';

export type ScenarioIncident = Drill['scenario']['incidents'][number];

export function incidentPoint(world: World, spec: ScenarioIncident): PointM {
  if ('place' in spec.at) return world.objects.get(spec.at.place)?.at ?? { xM: 0, yM: 0 };
  return { xM: spec.at.xM, yM: spec.at.yM };
}
