// The road network as a graph: nodes where road vertices meet (within half a cell), edges with class and length.
import createGraph from 'ngraph.graph';
import type { Graph } from 'ngraph.graph';
import Flatbush from 'flatbush';
import type { RoadClass } from '../scenario/vocabulary.ts';
import type { PointM, TownshipMap } from './townshipMap.ts';
import { detMath } from '../math/detMath.ts';

export interface RoadEdge {
  roadId: string;
  roadClass: RoadClass;
  lengthM: number;
}

/** One straight piece of road between two nodes. */
export interface RoadSegment { a: number; b: number; edge: RoadEdge }

export interface RoadGraph {
  nodes: PointM[];
  segments: RoadSegment[];
  graph: Graph<PointM, RoadEdge>;
  /** Every edge between two nodes, keyed by `lowId-highId` (two roads may join the same pair). */
  edgesBetween: Map<string, RoadEdge[]>;
  /** Look-ups of the segments near a point, by bounding box. */
  segmentIndex: Flatbush;
}

export const edgeKey = (a: number, b: number): string => (a < b ? `${a}-${b}` : `${b}-${a}`);

export function distanceM(a: PointM, b: PointM): number {
  return detMath.hypot(a.xM - b.xM, a.yM - b.yM);
}

/** Builds the graph in map order, so node numbers are the same on every machine. */
export function buildRoadGraph(map: TownshipMap): RoadGraph {
  const snapM = map.cellSizeM / 2;
  const nodes: PointM[] = [];
  const buckets = new Map<string, number[]>();
  const bucketOf = (p: PointM) => [Math.floor(p.xM / snapM), Math.floor(p.yM / snapM)] as const;

  const nodeAt = (p: PointM): number => {
    const [bx, by] = bucketOf(p);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const id of buckets.get(`${bx + dx},${by + dy}`) ?? []) {
          if (distanceM(nodes[id]!, p) <= snapM) return id;
        }
      }
    }
    nodes.push(p);
    const key = `${bx},${by}`;
    buckets.set(key, [...(buckets.get(key) ?? []), nodes.length - 1]);
    return nodes.length - 1;
  };

  const graph = createGraph<PointM, RoadEdge>({ multigraph: true });
  const edgesBetween = new Map<string, RoadEdge[]>();
  const segments: RoadSegment[] = [];
  for (const road of map.roads) {
    let previous = nodeAt(road.pointsM[0]!);
    for (const p of road.pointsM.slice(1)) {
      const next = nodeAt(p);
      if (next === previous) continue;
      const edge: RoadEdge = { roadId: road.id, roadClass: road.roadClass, lengthM: distanceM(nodes[previous]!, nodes[next]!) };
      graph.addNode(previous, nodes[previous]);
      graph.addNode(next, nodes[next]);
      graph.addLink(previous, next, edge);
      const key = edgeKey(previous, next);
      edgesBetween.set(key, [...(edgesBetween.get(key) ?? []), edge]);
      segments.push({ a: previous, b: next, edge });
      previous = next;
    }
  }

  const segmentIndex = new Flatbush(Math.max(segments.length, 1));
  for (const { a, b } of segments) {
    const p = nodes[a]!;
    const q = nodes[b]!;
    segmentIndex.add(Math.min(p.xM, q.xM), Math.min(p.yM, q.yM), Math.max(p.xM, q.xM), Math.max(p.yM, q.yM));
  }
  if (segments.length === 0) segmentIndex.add(0, 0, 0, 0);
  segmentIndex.finish();
  return { nodes, segments, graph, edgesBetween, segmentIndex };
}

/** Where a point meets the road network: the nearest point on the nearest open segment. */
export interface RoadAttachment {
  segment: RoadSegment;
  at: PointM;
  /** 0 at the segment's node `a`, 1 at `b`. */
  fraction: number;
  offRoadM: number;
}

/** The nearest point on any segment whose road `usable` accepts, or null when there is none. */
export function attachToRoads(roads: RoadGraph, p: PointM, usable: (edge: RoadEdge) => boolean): RoadAttachment | null {
  if (roads.segments.length === 0) return null;
  const filter = (i: number) => usable(roads.segments[i]!.edge);
  const attach = (i: number) => { const s = roads.segments[i]!; return project(p, s, roads.nodes[s.a]!, roads.nodes[s.b]!); };
  // A box is never farther than its segment, so every segment nearer than the nearest box's segment is found
  // among the boxes within that distance.
  const [first] = roads.segmentIndex.neighbors(p.xM, p.yM, 1, Infinity, filter);
  if (first === undefined) return null;
  let best = attach(first);
  for (const i of roads.segmentIndex.neighbors(p.xM, p.yM, Infinity, best.offRoadM, filter)) {
    const attachment = attach(i);
    if (attachment.offRoadM < best.offRoadM) best = attachment;
  }
  return best;
}

function project(p: PointM, segment: RoadSegment, a: PointM, b: PointM): RoadAttachment {
  const dx = b.xM - a.xM;
  const dy = b.yM - a.yM;
  const lengthSq = dx * dx + dy * dy;
  const fraction = lengthSq === 0 ? 0 : Math.min(1, Math.max(0, ((p.xM - a.xM) * dx + (p.yM - a.yM) * dy) / lengthSq));
  const at = { xM: a.xM + dx * fraction, yM: a.yM + dy * fraction };
  return { segment, at, fraction, offRoadM: distanceM(p, at) };
}
