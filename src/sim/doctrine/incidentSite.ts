// Where a team places an incident it knows of: the map object nearest to the point it was told or saw — the name
// its reports give for the unit and the place (a team names what it can find on its own map).
import { distanceM } from '../world/roadGraph.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { NamedObject, World } from '../world/world.ts';

export interface Site { id: string; object: NamedObject }

/** The nearest named object to a point (villages, stations, facilities, shelters, places), in map order on ties. */
export function siteAt(world: World, at: PointM): Site {
  let best: Site | null = null;
  let bestM = Infinity;
  for (const [id, object] of world.objects) {
    if (object.kind === 'shelter') continue;
    const d = distanceM(at, object.at);
    if (d < bestM) { best = { id, object }; bestM = d; }
  }
  if (!best) throw new Error('a township map without named objects: the map parser should have refused it');
  return best;
}
