// Which villages a team judges an incident (or a forecast) threatens, from its own knowledge and the township's plans:
// the villages the contingency plan lists for the factor, those within a distance, and those downwind of a release.
import { detMath } from '../math/detMath.ts';
import { distanceM } from '../world/roadGraph.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { World } from '../world/world.ts';
import type { Doctrine } from './doctrineSchema.ts';
import type { Factor } from '../scenario/vocabulary.ts';

const degrees = 180 / Math.PI;

/** Compass bearing from a to b in degrees (0 north, 90 east); y grows south on the map. */
function bearingDeg(a: PointM, b: PointM): number {
  const deg = detMath.atan2(b.xM - a.xM, a.yM - b.yM) * degrees;
  return deg < 0 ? deg + 360 : deg;
}

function angleBetweenDeg(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

/** Village ids in map order. `fits`: the actions the incident's card offers (none for a forecast). */
export function villagesAtRisk(world: World, doctrine: Doctrine, subject: { factor: Factor; at: PointM | null; fits: readonly string[] }): string[] {
  const judgements = doctrine.risk.filter((r) => r.factor === subject.factor && (r.fits ?? []).every((a) => subject.fits.includes(a)));
  const { weather } = world.drill.scenario;
  const downwindDeg = (weather.windFromDeg + 180) % 360;
  return world.drill.map.villages.filter((v) => judgements.some((r) => {
    if (r.planVillages.includes(v.id)) return true;
    if (subject.at === null) return false;
    const d = distanceM(subject.at, v.at);
    if (d <= r.withinM) return true;
    return weather.windMs > 0 && d <= r.downwindM && angleBetweenDeg(bearingDeg(subject.at, v.at), downwindDeg) <= r.downwindHalfAngleDeg;
  })).map((v) => v.id);
}
