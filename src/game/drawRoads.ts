// Draws the road network by class — casings first, then fills from tracks up to provincial roads — and bridges on top.
import type Phaser from 'phaser';
import type { TownshipMap } from '../sim/index.ts';
import type { WorldPoint } from './mapProjection.ts';
import { toWorld } from './mapProjection.ts';
import type { RoadClass } from './roadStyles.ts';
import { bridgeStyle, roadDrawOrder, roadStyles } from './roadStyles.ts';
import { strokeDashed } from './strokeDashed.ts';
import { strokePolyline } from './strokePolyline.ts';
import { tracePath } from './tracePath.ts';

/** `px` is world units per screen pixel, so widths stay the same on screen at any zoom. Returns how many roads were drawn. */
export function drawRoads(g: Phaser.GameObjects.Graphics, map: TownshipMap, px: number): number {
  const lines = roadDrawOrder.flatMap((roadClass) => map.roads.filter((r) => r.roadClass === roadClass))
    .map((road) => ({ road, points: road.pointsM.map((p) => toWorld(map, p)) }));
  for (const { road, points } of lines) drawRoadCasing(g, road.roadClass, points, px);
  let drawn = 0;
  for (const { road, points } of lines) {
    if (!road.bridge) drawRoadFill(g, road.roadClass, points, px);
    drawn++;
  }
  for (const { road, points } of lines) if (road.bridge) drawBridge(g, road.roadClass, points, px);
  return drawn;
}

export function drawRoadCasing(g: Phaser.GameObjects.Graphics, roadClass: RoadClass, points: readonly WorldPoint[], px: number): void {
  const style = roadStyles[roadClass];
  if (style.casingPx > 0) strokePolyline(g, points, (style.widthPx + 2 * style.casingPx) * px, style.casingColour);
}

export function drawRoadFill(g: Phaser.GameObjects.Graphics, roadClass: RoadClass, points: readonly WorldPoint[], px: number): void {
  const style = roadStyles[roadClass];
  if (style.dashPx) {
    g.lineStyle(style.widthPx * px, style.colour, 1);
    strokeDashed(g, points, style.dashPx[0] * px, style.dashPx[1] * px);
  } else {
    strokePolyline(g, points, style.widthPx * px, style.colour);
  }
}

/** A bridge: its road's fill between dark parapets, the parapets' wings splayed out at each end. */
export function drawBridge(g: Phaser.GameObjects.Graphics, roadClass: RoadClass, points: readonly WorldPoint[], px: number): void {
  const style = roadStyles[roadClass];
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return;
  const half = (style.widthPx / 2 + bridgeStyle.parapetPx) * px;
  tracePath(g.lineStyle(2 * half, bridgeStyle.parapetColour, 1), points).strokePath();
  tracePath(g.lineStyle(style.widthPx * px, style.colour, 1), points).strokePath();
  const length = Math.hypot(last.x - first.x, last.y - first.y) || 1;
  const d = { x: (last.x - first.x) / length, y: (last.y - first.y) / length };
  const wing = 4 * px;
  g.lineStyle(1.5 * px, bridgeStyle.parapetColour, 1);
  for (const [end, out] of [[first, -1], [last, 1]] as const) {
    for (const side of [-1, 1]) {
      const n = { x: -d.y * side, y: d.x * side };
      const x = end.x + n.x * (half - 0.75 * px);
      const y = end.y + n.y * (half - 0.75 * px);
      g.lineBetween(x, y, x + (n.x + d.x * out) * wing, y + (n.y + d.y * out) * wing);
    }
  }
}
