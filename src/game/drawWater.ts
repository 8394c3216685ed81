// Draws the water lines on top of the terrain: river centre lines in blue, embankments as a ticked brown crest.
import type Phaser from 'phaser';
import type { TownshipMap } from '../sim/index.ts';
import type { WorldPoint } from './mapProjection.ts';
import { toWorld } from './mapProjection.ts';
import { strokePolyline } from './strokePolyline.ts';
import { embankmentStyle, riverStyle } from './waterStyles.ts';

/** `px` is world units per screen pixel. */
export function drawWater(g: Phaser.GameObjects.Graphics, map: TownshipMap, px: number): void {
  for (const line of map.water) {
    const points = line.pointsM.map((p) => toWorld(map, p));
    if (line.kind === 'river') strokePolyline(g, points, riverStyle.widthPx * px, riverStyle.colour);
    else drawEmbankment(g, points, px);
  }
}

/** Ticks every few pixels along the line, on the left of the direction the line was drawn in. */
export function drawEmbankment(g: Phaser.GameObjects.Graphics, points: readonly WorldPoint[], px: number): void {
  strokePolyline(g, points, embankmentStyle.widthPx * px, embankmentStyle.colour);
  g.lineStyle(1.5 * px, embankmentStyle.colour, 1);
  const spacing = embankmentStyle.tickSpacingPx * px;
  let next = spacing / 2;
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length === 0) continue;
    const [dx, dy] = [(b.x - a.x) / length, (b.y - a.y) / length];
    for (; next <= walked + length; next += spacing) {
      const t = next - walked;
      const [x, y] = [a.x + dx * t, a.y + dy * t];
      g.lineBetween(x, y, x + dy * embankmentStyle.tickPx * px, y - dx * embankmentStyle.tickPx * px);
    }
    walked += length;
  }
}
