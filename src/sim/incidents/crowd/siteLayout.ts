// A site as the crowd meets it for one state of its exits: the walls (outline minus open openings, plus the
// obstacles), their spatial index, and the two floor fields (to the bottleneck, and out). Derived data, memoised.
import type { SegmentGrid } from '../../models/agentGrid.ts';
import { indexSegments } from '../../models/agentGrid.ts';
import type { CrowdSite, Segment, SiteOpening } from './crowdSite.ts';
import type { FieldTarget, FloorField } from './floorField.ts';
import { buildFloorField } from './floorField.ts';

export interface SiteLayout {
  walls: number[];
  wallGrid: SegmentGrid;
  toBottleneck: FloorField;
  toWayOut: FloorField;
  /** The openings people leave by now (open exits, and the gates unless flow is one-way). */
  waysOut: SiteOpening[];
  /** The slow zones' speed limit on each floor-field cell (Infinity where there is none). */
  speedCapMs: Float64Array;
}

/** Floor-field resolution and how far from a wall a walker's centre keeps (about a body's radius). */
const fieldCellM = 0.5;
const fieldClearanceM = 0.3;
/** Wall-force reach: the widest body (0.35 m) plus the social-force cutoff gap (0.4 m); listed on 0.5 m cells. */
const wallReachM = 0.75;
const wallCellM = 0.5;

/** The outward unit normal of an opening on the site's edge. */
export function outwardNormal([x1, y1, x2, y2]: Segment): { outX: number; outY: number } {
  if (y1 === y2) return { outX: 0, outY: y1 === 0 ? -1 : 1 };
  return { outX: x1 === 0 && x2 === 0 ? -1 : 1, outY: 0 };
}

/** One edge of the outline as wall pieces, with the gaps left by the open openings that lie on it. */
function edgeWalls(from: [number, number], to: [number, number], gaps: Segment[]): number[] {
  const horizontal = from[1] === to[1];
  const along = (x: number, y: number) => (horizontal ? x : y);
  const on = gaps.filter(([x1, y1, x2, y2]) => (horizontal ? y1 === from[1] && y2 === from[1] : x1 === from[0] && x2 === from[0]));
  const cuts = on.map(([x1, y1, x2, y2]) => [Math.min(along(x1, y1), along(x2, y2)), Math.max(along(x1, y1), along(x2, y2))] as const).sort((a, b) => a[0] - b[0]);
  const pieces: number[] = [];
  let start = along(...from);
  const end = along(...to);
  const point = (t: number) => (horizontal ? [t, from[1]] : [from[0], t]);
  for (const [a, b] of [...cuts, [end, end] as const]) {
    if (a > start) pieces.push(...point(start), ...point(a));
    start = Math.max(start, b);
  }
  return pieces;
}

function target(o: SiteOpening): FieldTarget {
  return { segment: o.segment, ...outwardNormal(o.segment) };
}

function speedCaps(site: CrowdSite, grid: FloorField): Float64Array {
  const caps = new Float64Array(grid.cols * grid.rows).fill(Infinity);
  for (const { area: [x1, y1, x2, y2], speedMs } of site.slowZones) {
    for (let cell = 0; cell < caps.length; cell++) {
      const x = ((cell % grid.cols) + 0.5) * grid.cellM;
      const y = (Math.floor(cell / grid.cols) + 0.5) * grid.cellM;
      if (x >= x1 && x <= x2 && y >= y1 && y <= y2) caps[cell] = Math.min(caps[cell]!, speedMs);
    }
  }
  return caps;
}

function buildLayout(site: CrowdSite, exitsOpen: readonly boolean[], oneWay: boolean): SiteLayout {
  const openExits = site.exits.filter((_, i) => exitsOpen[i] === true);
  const gaps = [...site.gates, site.bottleneck, ...openExits].map((o) => o.segment);
  const { widthM: w, depthM: d } = site;
  const outline = [
    ...edgeWalls([0, 0], [w, 0], gaps), ...edgeWalls([0, d], [w, d], gaps),
    ...edgeWalls([0, 0], [0, d], gaps), ...edgeWalls([w, 0], [w, d], gaps),
  ];
  const walls = [...outline, ...site.walls.flat()];
  const waysOut = oneWay && openExits.length > 0 ? openExits : [...openExits, ...site.gates];
  const field = (targets: SiteOpening[]) => buildFloorField({ widthM: w, depthM: d, cellM: fieldCellM, clearanceM: fieldClearanceM, walls, targets: targets.map(target) });
  const toBottleneck = field([site.bottleneck]);
  return {
    walls,
    wallGrid: indexSegments(walls, { xM: 0, yM: 0, widthM: w, depthM: d }, wallCellM, wallReachM),
    toBottleneck,
    toWayOut: field(waysOut),
    waysOut,
    speedCapMs: speedCaps(site, toBottleneck),
  };
}

const cache = new WeakMap<CrowdSite, Map<string, SiteLayout>>();

/** The layout for this state of the exits; the same inputs always give the same (shared, read-only) layout. */
export function siteLayout(site: CrowdSite, exitsOpen: readonly boolean[], oneWay: boolean): SiteLayout {
  const key = `${exitsOpen.map((o) => (o ? 1 : 0)).join('')}/${oneWay ? 1 : 0}`;
  let layouts = cache.get(site);
  if (!layouts) { layouts = new Map(); cache.set(site, layouts); }
  let layout = layouts.get(key);
  if (!layout) { layout = buildLayout(site, exitsOpen, oneWay); layouts.set(key, layout); }
  return layout;
}
