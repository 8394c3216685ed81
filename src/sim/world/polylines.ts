// Plane geometry on map polylines (rivers, embankments, roads): evenly spaced samples and the nearest point.
import type { PointM } from './townshipMap.ts';
import { detMath } from '../math/detMath.ts';

/** Points every `stepM` along a polyline, starting at its first vertex and ending at its last. */
export function samplePolyline(points: readonly PointM[], stepM: number): PointM[] {
  const out: PointM[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const lengthM = detMath.hypot(b.xM - a.xM, b.yM - a.yM);
    const steps = Math.max(1, Math.ceil(lengthM / stepM));
    for (let k = 0; k < steps; k++) out.push({ xM: a.xM + ((b.xM - a.xM) * k) / steps, yM: a.yM + ((b.yM - a.yM) * k) / steps });
  }
  const last = points[points.length - 1];
  if (last) out.push({ ...last });
  return out;
}

/** The point of a polyline nearest to `p`, and its distance. */
export function nearestOnPolyline(points: readonly PointM[], p: PointM): { at: PointM; distanceM: number } {
  let best = { at: points[0] ?? p, distanceM: points[0] ? detMath.hypot(points[0].xM - p.xM, points[0].yM - p.yM) : Infinity };
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const dx = b.xM - a.xM;
    const dy = b.yM - a.yM;
    const lengthSq = dx * dx + dy * dy;
    const t = lengthSq > 0 ? Math.min(1, Math.max(0, ((p.xM - a.xM) * dx + (p.yM - a.yM) * dy) / lengthSq)) : 0;
    const at = { xM: a.xM + t * dx, yM: a.yM + t * dy };
    const distanceM = detMath.hypot(at.xM - p.xM, at.yM - p.yM);
    if (distanceM < best.distanceM) best = { at, distanceM };
  }
  return best;
}

/** The point halfway along a polyline by length (its first vertex when it has no length). */
export function halfwayAlong(points: readonly PointM[]): PointM {
  const lengths = points.slice(1).map((b, i) => detMath.hypot(b.xM - points[i]!.xM, b.yM - points[i]!.yM));
  let leftM = lengths.reduce((sum, l) => sum + l, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const l = lengths[i]!;
    if (l > 0 && leftM <= l) return { xM: a.xM + ((b.xM - a.xM) * leftM) / l, yM: a.yM + ((b.yM - a.yM) * leftM) / l };
    leftM -= l;
  }
  return { ...(points[0] ?? { xM: 0, yM: 0 }) };
}
