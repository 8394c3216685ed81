// Draws one map-object marker of a kind at a point: the same shapes on the map and in the legend.
import type Phaser from 'phaser';
import type { MarkerKind } from './markerStyles.ts';
import { markerRimPx, markerStyles } from './markerStyles.ts';
import { tracePath } from './tracePath.ts';

const rimColour = 0xffffff;

/** `px` is world units per screen pixel (1 in screen-space drawings such as the legend). */
export function drawMarker(g: Phaser.GameObjects.Graphics, kind: MarkerKind, x: number, y: number, px: number): void {
  const { shape, colour, radiusPx } = markerStyles[kind];
  const r = radiusPx * px;
  const rim = markerRimPx * px;
  g.lineStyle(rim, rimColour, 1);
  g.fillStyle(colour, 1);
  switch (shape) {
    case 'settlement':
      // ◉ — the cartographic sign for a settlement: a ring round a dot.
      g.fillStyle(rimColour, 1).fillCircle(x, y, r + rim);
      g.fillStyle(colour, 1).fillCircle(x, y, r);
      g.fillStyle(rimColour, 1).fillCircle(x, y, r * 0.62);
      g.fillStyle(colour, 1).fillCircle(x, y, r * 0.34);
      return;
    case 'square':
      g.fillRect(x - r, y - r, 2 * r, 2 * r).strokeRect(x - r, y - r, 2 * r, 2 * r);
      return;
    case 'diamond': {
      const corners = [{ x, y: y - r * 1.2 }, { x: x + r, y }, { x, y: y + r * 1.2 }, { x: x - r, y }];
      tracePath(g, corners, true).fillPath();
      tracePath(g, corners, true).strokePath();
      return;
    }
    case 'triangle':
      g.fillTriangle(x, y - r * 1.1, x + r, y + r * 0.75, x - r, y + r * 0.75)
        .strokeTriangle(x, y - r * 1.1, x + r, y + r * 0.75, x - r, y + r * 0.75);
      return;
    case 'dot':
      g.fillCircle(x, y, r).strokeCircle(x, y, r);
      return;
  }
}
