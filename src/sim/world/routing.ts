// Fastest routes for a vehicle over open roads, joining the network at the nearest point of the nearest open
// road, with cross-country legs to and from it.
import ngraphPath from 'ngraph.path';
import type { Vehicle } from '../scenario/rosterSchema.ts';
import type { RoadAttachment, RoadEdge, RoadGraph } from './roadGraph.ts';
import { attachToRoads, distanceM, edgeKey } from './roadGraph.ts';
import type { PointM } from './townshipMap.ts';

/** A route as legs: leg i runs from pointsM[i] to pointsM[i + 1] in legS[i] seconds along roadIds[i] (null: cross-country). */
export interface Route {
  pointsM: PointM[];
  roadIds: (string | null)[];
  legS: number[];
  totalS: number;
}

const kmhToMs = (kmh: number) => kmh / 3.6;

export function edgeSeconds(vehicle: Vehicle, edge: RoadEdge, lengthM = edge.lengthM): number {
  return lengthM / kmhToMs(vehicle.speedKmh[edge.roadClass]);
}

/** Builds routes leg by leg, dropping legs of no length. */
class RouteBuilder {
  readonly route: Route;
  constructor(start: PointM) { this.route = { pointsM: [start], roadIds: [], legS: [], totalS: 0 }; }
  leg(to: PointM, roadId: string | null, seconds: number): this {
    const last = this.route.pointsM[this.route.pointsM.length - 1]!;
    if (distanceM(last, to) < 1e-9) return this;
    this.route.pointsM.push(to);
    this.route.roadIds.push(roadId);
    this.route.legS.push(seconds);
    this.route.totalS += seconds;
    return this;
  }
}

export interface RouteRequest {
  roads: RoadGraph;
  vehicle: Vehicle;
  from: PointM;
  to: PointM;
  closedRoads: ReadonlySet<string>;
  /** How far crews go across country, to the road or straight to the target. */
  maxCrossCountryM: number;
}

/** The fastest route for this vehicle, never using a closed road, or null when nothing open gets there. */
export function planRoute(request: RouteRequest): Route | null {
  const { roads, vehicle, from, to, closedRoads, maxCrossCountryM } = request;
  const offRoadS = (a: PointM, b: PointM) => distanceM(a, b) / kmhToMs(vehicle.offRoadKmh);
  const open = (e: RoadEdge) => !closedRoads.has(e.roadId);
  const candidates: Route[] = [];
  if (distanceM(from, to) <= maxCrossCountryM) candidates.push(new RouteBuilder(from).leg(to, null, offRoadS(from, to)).route);

  const start = attachToRoads(roads, from, open);
  const end = attachToRoads(roads, to, open);
  if (start && end && start.offRoadM <= maxCrossCountryM && end.offRoadM <= maxCrossCountryM) {
    const path = pathFinder(roads, vehicle, open);
    const sameSegment = start.segment === end.segment;
    if (sameSegment) {
      const alongM = Math.abs(start.fraction - end.fraction) * start.segment.edge.lengthM;
      candidates.push(new RouteBuilder(from).leg(start.at, null, offRoadS(from, start.at))
        .leg(end.at, start.segment.edge.roadId, edgeSeconds(vehicle, start.segment.edge, alongM)).leg(to, null, offRoadS(end.at, to)).route);
    }
    for (const entry of endsOf(start)) {
      for (const exit of endsOf(end)) {
        const nodes = path(entry.node, exit.node);
        if (!nodes) continue;
        const b = new RouteBuilder(from).leg(start.at, null, offRoadS(from, start.at));
        b.leg(roads.nodes[entry.node]!, start.segment.edge.roadId, edgeSeconds(vehicle, start.segment.edge, entry.alongM));
        for (const step of nodes) b.leg(roads.nodes[step.node]!, step.edge.roadId, edgeSeconds(vehicle, step.edge));
        b.leg(end.at, end.segment.edge.roadId, edgeSeconds(vehicle, end.segment.edge, exit.alongM)).leg(to, null, offRoadS(end.at, to));
        candidates.push(b.route);
      }
    }
  }
  return candidates.reduce<Route | null>((best, r) => (best === null || r.totalS < best.totalS ? r : best), null);
}

/** The two ends of the attached segment, with the distance along it from the attachment point. */
function endsOf(attachment: RoadAttachment) {
  const { a, b, edge } = attachment.segment;
  return [{ node: a, alongM: attachment.fraction * edge.lengthM }, { node: b, alongM: (1 - attachment.fraction) * edge.lengthM }];
}

/** Shortest-time node paths over open roads, as steps after the first node; null when cut off. */
function pathFinder(roads: RoadGraph, vehicle: Vehicle, open: (e: RoadEdge) => boolean) {
  const fastest = (a: number, b: number): RoadEdge | undefined =>
    (roads.edgesBetween.get(edgeKey(a, b)) ?? []).filter(open).sort((x, y) => edgeSeconds(vehicle, x) - edgeSeconds(vehicle, y))[0];
  const topSpeedMs = kmhToMs(Math.max(...Object.values(vehicle.speedKmh)));
  const finder = ngraphPath.aStar<PointM, RoadEdge>(roads.graph, {
    distance: (a, b) => { const e = fastest(Number(a.id), Number(b.id)); return e ? edgeSeconds(vehicle, e) : Infinity; },
    heuristic: (a, b) => distanceM(a.data, b.data) / topSpeedMs,
    blocked: (a, b) => fastest(Number(a.id), Number(b.id)) === undefined,
  });
  return (from: number, to: number): { node: number; edge: RoadEdge }[] | null => {
    if (from === to) return [];
    // ngraph.path lists the path from the target back to the start.
    const nodes = finder.find(from, to).map((n) => Number(n.id)).reverse();
    if (nodes[0] !== from) return null;
    return nodes.slice(1).map((node, i) => ({ node, edge: fastest(nodes[i]!, node)! }));
  };
}
