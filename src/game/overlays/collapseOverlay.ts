// 塌 overlay: a hatched, dusty-brown rubble disc around the site, the trapped as dots by state, and a ring once shored.
import type Phaser from 'phaser';
import type { CollapseReading } from '../../sim/index.ts';
import type { WorldPoint } from '../mapProjection.ts';
import type { FactorOverlay } from './factorOverlay.ts';

type Graphics = Phaser.GameObjects.Graphics;
type TrappedStatus = CollapseReading['trapped'][number];

const rubbleColour = 0x8c510a;
const shoredColour = 0x4a6fa5;

/** Dot colours by state: not yet located grey, located orange, freed alive green, dead black. */
const statusColour: Readonly<Record<TrappedStatus, number>> = { missing: 0x8a8a8a, located: 0xe08214, alive: 0x1a9850, dead: 0x111111 };

/** The disc, then 45° hatch lines clipped to it, spaced a fixed number of screen pixels apart (at most 40). */
function drawRubble(g: Graphics, at: WorldPoint, radius: number, px: number): void {
  g.fillStyle(rubbleColour, 0.22).fillCircle(at.x, at.y, radius);
  const spacing = Math.max(7 * px, (2 * radius) / 40);
  g.lineStyle(1 * px, rubbleColour, 0.45);
  const d = Math.SQRT1_2;
  for (let offset = -radius + spacing / 2; offset < radius; offset += spacing) {
    const half = Math.sqrt(radius * radius - offset * offset);
    const cx = at.x + offset * d;
    const cy = at.y - offset * d;
    g.lineBetween(cx - half * d, cy - half * d, cx + half * d, cy + half * d);
  }
  g.lineStyle(1.5 * px, rubbleColour, 0.8).strokeCircle(at.x, at.y, radius);
}

/** One dot per person on a sunflower spiral inside the disc: stable places, evenly spread whatever the count. */
function drawPeople(g: Graphics, at: WorldPoint, radius: number, px: number, statuses: readonly TrappedStatus[]): void {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const dot = 3 * px;
  statuses.forEach((status, i) => {
    const r = radius * 0.8 * Math.sqrt((i + 0.5) / statuses.length);
    const x = at.x + r * Math.cos(i * golden);
    const y = at.y + r * Math.sin(i * golden);
    g.fillStyle(statusColour[status], 0.9).fillCircle(x, y, dot);
    g.lineStyle(0.75 * px, 0xffffff, 0.7).strokeCircle(x, y, dot);
  });
}

export const collapseOverlay: FactorOverlay<CollapseReading> = {
  factor: 'collapse',
  draw(g, reading, { at, unitsPerM, px }) {
    const radius = reading.rubbleRadiusM * unitsPerM;
    drawRubble(g, at, radius, px);
    if (reading.shored) g.lineStyle(3 * px, shoredColour, 0.85).strokeCircle(at.x, at.y, radius + 4 * px);
    drawPeople(g, at, radius, px, reading.trapped);
  },
};
