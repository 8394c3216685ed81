// 撞 overlay: the casualties still at the crash scene as dots in START triage colours beside the marker, and an amber
// bar across the road while the scene is secured.
import type Phaser from 'phaser';
import type { CollisionReading } from '../../sim/index.ts';
import type { WorldPoint } from '../mapProjection.ts';
import type { FactorOverlay } from './factorOverlay.ts';

type Tag = keyof CollisionReading['onScene'];

/** START tags in the order they are drawn (top row first), with muted colours. */
const tagColours: readonly { tag: Tag; colour: number }[] = [
  { tag: 'red', colour: 0xc0392b }, { tag: 'yellow', colour: 0xd4a017 }, { tag: 'green', colour: 0x4d8f2a }, { tag: 'black', colour: 0x2b2b2b },
];

const amber = 0xe08a00;
/** Screen sizes (px): the generic marker's radius plus its white rim, the dots, their spacing and row length. */
const markerClearPx = 20;
const dotRadiusPx = 3;
const dotStepPx = 8;
const dotsPerRow = 10;
const barHalfLengthPx = 24;
const barWidthPx = 6;

function drawRoadBar(g: Phaser.GameObjects.Graphics, at: WorldPoint, along: CollisionReading['roadAlong'], px: number): void {
  const half = barHalfLengthPx * px;
  const across = { x: -along.dy * half, y: along.dx * half };
  g.lineStyle((barWidthPx + 2) * px, 0x4a3000, 0.5).lineBetween(at.x - across.x, at.y - across.y, at.x + across.x, at.y + across.y);
  g.lineStyle(barWidthPx * px, amber, 0.85).lineBetween(at.x - across.x, at.y - across.y, at.x + across.x, at.y + across.y);
}

/** Rows of dots to the right of the marker, one block of rows per tag, red at the top; vertically centred on `at`. */
function drawCasualties(g: Phaser.GameObjects.Graphics, at: WorldPoint, onScene: CollisionReading['onScene'], px: number): void {
  const rowsOf = (n: number) => Math.ceil(n / dotsPerRow);
  const totalRows = tagColours.reduce((n, { tag }) => n + rowsOf(onScene[tag]), 0);
  if (totalRows === 0) return;
  const step = dotStepPx * px;
  const left = at.x + markerClearPx * px;
  let row = 0;
  for (const { tag, colour } of tagColours) {
    const count = onScene[tag];
    for (let i = 0; i < count; i++) {
      const cx = left + (i % dotsPerRow) * step;
      const cy = at.y + (row + Math.floor(i / dotsPerRow) - (totalRows - 1) / 2) * step;
      g.fillStyle(0xffffff, 0.7).fillCircle(cx, cy, (dotRadiusPx + 1) * px);
      g.fillStyle(colour, 0.85).fillCircle(cx, cy, dotRadiusPx * px);
    }
    row += rowsOf(count);
  }
}

export const collisionOverlay: FactorOverlay<CollisionReading> = {
  factor: 'collision',
  draw(g, reading, { at, px }) {
    if (reading.secured) drawRoadBar(g, at, reading.roadAlong, px);
    drawCasualties(g, at, reading.onScene, px);
  },
};
