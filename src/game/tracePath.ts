// Starts a Graphics path through points (Phaser types its own point-list methods as Vector2 only; x and y suffice).
import type Phaser from 'phaser';
import type { WorldPoint } from './mapProjection.ts';

/** Begins a new path along `points`, closed back to the first if asked; the caller fills or strokes it. */
export function tracePath(g: Phaser.GameObjects.Graphics, points: readonly WorldPoint[], closed = false): Phaser.GameObjects.Graphics {
  g.beginPath();
  points.forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)));
  if (closed) g.closePath();
  return g;
}
