// Strokes a polyline as dashes (Phaser's Graphics has no dashed line), carrying the dash pattern across vertices.
import type Phaser from 'phaser';
import type { WorldPoint } from './mapProjection.ts';

/** Uses the current line style; `dash` and `gap` are in world units. */
export function strokeDashed(g: Phaser.GameObjects.Graphics, points: readonly WorldPoint[], dash: number, gap: number): void {
  let drawing = true;
  let left = dash; // length left in the current dash or gap
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    let t = 0;
    while (t < length) {
      const step = Math.min(left, length - t);
      if (drawing) {
        g.lineBetween(a.x + ((b.x - a.x) * t) / length, a.y + ((b.y - a.y) * t) / length,
          a.x + ((b.x - a.x) * (t + step)) / length, a.y + ((b.y - a.y) * (t + step)) / length);
      }
      t += step;
      left -= step;
      if (left <= 0) {
        drawing = !drawing;
        left = drawing ? dash : gap;
      }
    }
  }
}
