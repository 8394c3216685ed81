// What a click on the map lands on, topmost first: a unit token (unless a map object's centre is nearer), an
// incident, a named map object, a road — or else the bare point. Distances are judged in screen pixels, so
// picking feels the same at every zoom.
import type { TownshipMap } from '../sim/index.ts';
import { badgeRadiusPx } from './domainStyles.ts';
import { objectsOfKind } from './drawMarkers.ts';
import { incidentMarkerRadiusPx } from './IncidentLayer.ts';
import type { MapSelection } from './mapSelection.ts';
import type { WorldPoint } from './mapProjection.ts';
import { CELL_PX, toWorld } from './mapProjection.ts';
import { markerDrawOrder, markerStyles } from './markerStyles.ts';
import type { PlacedToken } from './UnitTokens.ts';
import { tokenRadiusPx } from './unitTokenStyles.ts';

/** Extra reach round every target, in screen pixels, for fingers and trackpads. */
const slackPx = 4;
const roadReachPx = 6;

export interface PickSources {
  map: TownshipMap;
  tokens: readonly PlacedToken[];
  incidents: readonly { id: string; at: WorldPoint }[];
  /** `target` when choosing where to send a unit: units and roads are not destinations, so the point is taken. */
  mode: 'select' | 'target';
}

function nearest<T>(items: readonly T[], distance: (item: T) => number, reach: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    const d = distance(item);
    if (d <= reach(item) && d < bestDistance) { best = item; bestDistance = d; }
  }
  return best;
}

const dist = (a: WorldPoint, b: WorldPoint): number => Math.hypot(a.x - b.x, a.y - b.y);

function segmentDistance(p: WorldPoint, a: WorldPoint, b: WorldPoint): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSq));
  return dist(p, { x: a.x + t * dx, y: a.y + t * dy });
}

/** `at` is in world units, `zoom` the camera's. */
export function pickAt(at: WorldPoint, zoom: number, sources: PickSources): MapSelection {
  const px = 1 / zoom;
  const { map } = sources;
  const objects = [...markerDrawOrder].reverse().flatMap((kind) => objectsOfKind(map, kind).map((o) => ({ kind, id: o.id, at: toWorld(map, o.at) })));
  const reach = (kind: (typeof objects)[number]['kind']) => ((kind === 'facility' ? badgeRadiusPx : markerStyles[kind].radiusPx) + slackPx) * px;
  const object = nearest(objects, (o) => dist(at, o.at), (o) => reach(o.kind));
  if (sources.mode === 'select') {
    const token = nearest(sources.tokens, (t) => dist(at, t.world), () => (tokenRadiusPx + slackPx) * px);
    // Units waiting at a village stand close under its marker: a click nearer the marker's centre than any
    // token picks the village, so it stays selectable however many units stand there.
    if (token && !(object && dist(at, object.at) < dist(at, token.world))) return { kind: 'unit', id: token.unit };
  }
  const incident = nearest(sources.incidents, (i) => dist(at, i.at), () => (incidentMarkerRadiusPx + slackPx) * px);
  if (incident) return { kind: 'incident', id: incident.id };
  if (object) return { kind: object.kind, id: object.id };
  const road = sources.mode === 'target' ? undefined : nearest(map.roads, (r) => {
    const points = r.pointsM.map((p) => toWorld(map, p));
    return Math.min(...points.slice(1).map((b, i) => segmentDistance(at, points[i]!, b)));
  }, () => roadReachPx * px);
  if (road) return { kind: 'road', id: road.id };
  const metresPerUnit = map.cellSizeM / CELL_PX;
  return { kind: 'point', xM: Math.round(at.x * metresPerUnit), yM: Math.round(at.y * metresPerUnit) };
}
