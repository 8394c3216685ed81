// Strokes a polyline with round joins, so that thick roads and rivers have no notches at their bends.
import type Phaser from 'phaser';
import type { WorldPoint } from './mapProjection.ts';
import { tracePath } from './tracePath.ts';

/** `width` is in world units. The joints are filled circles, so the colour must be opaque. */
export function strokePolyline(g: Phaser.GameObjects.Graphics, points: readonly WorldPoint[], width: number, colour: number): void {
  g.lineStyle(width, colour, 1);
  tracePath(g, points).strokePath();
  g.fillStyle(colour, 1);
  for (const p of points) g.fillCircle(p.x, p.y, width / 2);
}
