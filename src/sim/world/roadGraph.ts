// The road network as a graph: nodes where road vertices meet (within half a cell), edges with class and length.
import createGraph from 'ngraph.graph';
import type { Graph } from 'ngraph.graph';
import Flatbush from 'flatbush';
import type { RoadClass } from '../scenario/vocabulary.ts';
import type { PointM, TownshipMap } from './townshipMap.ts';

export interface RoadEdge {
  roadId: string;
  roadClass: RoadClass;
  lengthM: number;
}

export interface RoadGraph {
  nodes: PointM[];
  graph: Graph<PointM, RoadEdge>;
  /** Every edge between two nodes, keyed by `lowId-highId` (two roads may join the same pair). */
  edgesBetween: Map<string, RoadEdge[]>;
  /** Nearest-node look-ups. */
  index: Flatbush;
}

export const edgeKey = (a: number, b: number): string => (a < b ? `${a}-${b}` : `${b}-${a}`);

export function distanceM(a: PointM, b: PointM): number {
  return Math.hypot(a.xM - b.xM, a.yM - b.yM);
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
      previous = next;
    }
  }

  const index = new Flatbush(Math.max(nodes.length, 1));
  for (const n of nodes) index.add(n.xM, n.yM, n.xM, n.yM);
  if (nodes.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return { nodes, graph, edgesBetween, index };
}

/** The road node nearest to a point, or null when the map has no roads. */
export function nearestNode(roads: RoadGraph, p: PointM): number | null {
  if (roads.nodes.length === 0) return null;
  const [id] = roads.index.neighbors(p.xM, p.yM, 1);
  return id ?? null;
}
