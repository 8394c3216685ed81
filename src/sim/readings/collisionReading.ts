// 撞 reading: the casualties still at the crash scene by START tag, whether traffic is held off the scene (a unit
// securing it or its road closed), and the direction of the road there, for the bar drawn across it.
import type { CollisionSpec } from '../incidents/collision/collisionSpec.ts';
import { detMath } from '../math/detMath.ts';
import type { TriageCategory } from '../models/triage.ts';
import type { PointM, TownshipMap } from '../world/townshipMap.ts';
import type { ReadingInput } from './readingInput.ts';

export interface CollisionReading {
  factor: 'collision';
  incident: string;
  /** Casualties at the scene (not yet carried off), by START tag. */
  onScene: Record<TriageCategory, number>;
  /** Traffic held off the scene, while the incident is active. */
  secured: boolean;
  /** Unit vector along the road's segment nearest the scene (east when the scene is on no road). */
  roadAlong: { dx: number; dy: number };
}

function isSecured(incident: ReadingInput<CollisionSpec>['incident']): boolean {
  if (incident.status !== 'active') return false;
  if (incident.machine === null) return incident.phase === 'secured';
  const { securers, roadClosed } = incident.machine.context;
  return securers.length > 0 || roadClosed;
}

/** The direction of the road's segment nearest to `at`, or east when the road is unknown. */
function roadAlong(map: TownshipMap, roadId: string | null, at: PointM): { dx: number; dy: number } {
  const points = (roadId === null ? undefined : map.roads.find((r) => r.id === roadId))?.pointsM ?? [];
  let best = { d2: Infinity, dx: 1, dy: 0 };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const dx = b.xM - a.xM;
    const dy = b.yM - a.yM;
    const len2 = dx * dx + dy * dy;
    if (len2 === 0) continue;
    const t = Math.max(0, Math.min(1, ((at.xM - a.xM) * dx + (at.yM - a.yM) * dy) / len2));
    const ex = a.xM + t * dx - at.xM;
    const ey = a.yM + t * dy - at.yM;
    if (ex * ex + ey * ey < best.d2) best = { d2: ex * ex + ey * ey, dx, dy };
  }
  const len = detMath.hypot(best.dx, best.dy);
  return { dx: best.dx / len, dy: best.dy / len };
}

export function collisionReading({ world, incident, at }: ReadingInput<CollisionSpec>): CollisionReading | null {
  const physics = incident.physics;
  if (!physics) return null;
  const onScene: Record<TriageCategory, number> = { red: 0, yellow: 0, green: 0, black: 0 };
  for (const patient of physics.patients) if (patient.where === 'scene') onScene[patient.category] += 1;
  return { factor: 'collision', incident: incident.id, onScene, secured: isSecured(incident), roadAlong: roadAlong(world.drill.map, physics.site.roadId, at) };
}
