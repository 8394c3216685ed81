// Fastest routes for a vehicle over open roads, with cross-country legs to and from the network.
import ngraphPath from 'ngraph.path';
import type { Vehicle } from '../scenario/rosterSchema.ts';
import type { RoadEdge, RoadGraph } from './roadGraph.ts';
import { distanceM, edgeKey, nearestNode } from './roadGraph.ts';
import type { PointM } from './townshipMap.ts';

/** A route as legs: leg i runs from pointsM[i] to pointsM[i + 1] in legS[i] seconds along roadIds[i] (null: cross-country). */
export interface Route {
  pointsM: PointM[];
  roadIds: (string | null)[];
  legS: number[];
  totalS: number;
}

const kmhToMs = (kmh: number) => kmh / 3.6;

export function edgeSeconds(vehicle: Vehicle, edge: RoadEdge): number {
  return edge.lengthM / kmhToMs(vehicle.speedKmh[edge.roadClass]);
}

function crossCountry(from: PointM, to: PointM, vehicle: Vehicle): Route {
  const s = distanceM(from, to) / kmhToMs(vehicle.offRoadKmh);
  return { pointsM: [from, to], roadIds: [null], legS: [s], totalS: s };
}

/**
 * The fastest route from one point to another for this vehicle, never using a closed road, or null when
 * every road route is cut and the target is too far to reach across country (more than `maxCrossCountryM`).
 */
export function planRoute(options: {
  roads: RoadGraph;
  vehicle: Vehicle;
  from: PointM;
  to: PointM;
  closedRoads: ReadonlySet<string>;
  maxCrossCountryM: number;
}): Route | null {
  const { roads, vehicle, from, to, closedRoads, maxCrossCountryM } = options;
  const direct = distanceM(from, to) <= maxCrossCountryM ? crossCountry(from, to, vehicle) : null;
  const start = nearestNode(roads, from);
  const end = nearestNode(roads, to);
  if (start === null || end === null) return direct;
  if (distanceM(from, roads.nodes[start]!) > maxCrossCountryM || distanceM(to, roads.nodes[end]!) > maxCrossCountryM) return direct;

  const open = (e: RoadEdge) => !closedRoads.has(e.roadId);
  const fastest = (a: number, b: number): RoadEdge | undefined =>
    (roads.edgesBetween.get(edgeKey(a, b)) ?? []).filter(open).sort((x, y) => edgeSeconds(vehicle, x) - edgeSeconds(vehicle, y))[0];
  const topSpeedMs = kmhToMs(Math.max(...Object.values(vehicle.speedKmh)));
  const finder = ngraphPath.aStar<PointM, RoadEdge>(roads.graph, {
    distance: (a, b) => { const e = fastest(Number(a.id), Number(b.id)); return e ? edgeSeconds(vehicle, e) : Infinity; },
    heuristic: (a, b) => distanceM(a.data, b.data) / topSpeedMs,
    blocked: (a, b) => fastest(Number(a.id), Number(b.id)) === undefined,
  });
  const path = start === end ? [start] : finder.find(start, end).map((n) => Number(n.id)).reverse();
  if (path.length === 0 || path[0] !== start) return direct;

  const viaRoads = joinLegs([crossCountry(from, roads.nodes[start]!, vehicle), roadLegs(roads, vehicle, path, fastest), crossCountry(roads.nodes[end]!, to, vehicle)]);
  return direct && direct.totalS <= viaRoads.totalS ? direct : viaRoads;
}

function roadLegs(roads: RoadGraph, vehicle: Vehicle, path: number[], fastest: (a: number, b: number) => RoadEdge | undefined): Route {
  const route: Route = { pointsM: [roads.nodes[path[0]!]!], roadIds: [], legS: [], totalS: 0 };
  for (let i = 1; i < path.length; i++) {
    const edge = fastest(path[i - 1]!, path[i]!)!;
    const s = edgeSeconds(vehicle, edge);
    route.pointsM.push(roads.nodes[path[i]!]!);
    route.roadIds.push(edge.roadId);
    route.legS.push(s);
    route.totalS += s;
  }
  return route;
}

/** Joins routes end to start, dropping zero-length legs. */
function joinLegs(parts: Route[]): Route {
  const out: Route = { pointsM: [parts[0]!.pointsM[0]!], roadIds: [], legS: [], totalS: 0 };
  for (const part of parts) {
    for (let i = 0; i < part.legS.length; i++) {
      const to = part.pointsM[i + 1]!;
      if (distanceM(out.pointsM[out.pointsM.length - 1]!, to) < 1e-9) continue;
      out.pointsM.push(to);
      out.roadIds.push(part.roadIds[i]!);
      out.legS.push(part.legS[i]!);
      out.totalS += part.legS[i]!;
    }
  }
  return out;
}
