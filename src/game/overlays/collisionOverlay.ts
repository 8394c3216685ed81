// 撞 overlay: the casualties still at the crash scene as dots in START triage colours beside the marker, and an amber bar across the road while the scene is secured.
import type Phaser from 'phaser';
import type { TownshipMap } from '../../sim/index.ts';
import type { WorldPoint } from '../mapProjection.ts';
import type { FactorOverlay } from './factorOverlay.ts';

type Tag = 'red' | 'yellow' | 'green' | 'black';

interface CollisionReading { onScene: Record<Tag, number>; roadId: string | null }

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

const isTag = (v: unknown): v is Tag => v === 'red' || v === 'yellow' || v === 'green' || v === 'black';

function readPhysics(physics: unknown): CollisionReading | null {
  if (typeof physics !== 'object' || physics === null) return null;
  const { patients, site } = physics as Record<string, unknown>;
  if (!Array.isArray(patients)) return null;
  const onScene: Record<Tag, number> = { red: 0, yellow: 0, green: 0, black: 0 };
  for (const p of patients as unknown[]) {
    if (typeof p !== 'object' || p === null) continue;
    const { where, category } = p as Record<string, unknown>;
    if (where === 'scene' && isTag(category)) onScene[category] += 1;
  }
  let roadId: string | null = null;
  if (typeof site === 'object' && site !== null) {
    const id = (site as Record<string, unknown>).roadId;
    if (typeof id === 'string') roadId = id;
  }
  return { onScene, roadId };
}

/** Whether traffic is held off the scene: a unit securing it, or its road closed (else the phase says so). */
function isSecured(machine: unknown, phase: string | null): boolean {
  if (typeof machine === 'object' && machine !== null) {
    const context = (machine as Record<string, unknown>).context;
    if (typeof context === 'object' && context !== null) {
      const { securers, roadClosed } = context as Record<string, unknown>;
      if (Array.isArray(securers) && securers.length > 0) return true;
      if (roadClosed === true) return true;
      if (Array.isArray(securers)) return false;
    }
  }
  return phase === 'secured';
}

/** The unit direction (world) of the road's segment nearest to `at`, or east when the road is unknown. */
function roadDirection(map: TownshipMap, roadId: string | null, at: WorldPoint, unitsPerM: number): WorldPoint {
  const road = roadId === null ? undefined : map.roads.find((r) => r.id === roadId);
  const x = at.x / unitsPerM;
  const y = at.y / unitsPerM;
  let best = { d2: Infinity, dx: 1, dy: 0 };
  const points = road?.pointsM ?? [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const dx = b.xM - a.xM;
    const dy = b.yM - a.yM;
    const len2 = dx * dx + dy * dy;
    if (len2 === 0) continue;
    const t = Math.max(0, Math.min(1, ((x - a.xM) * dx + (y - a.yM) * dy) / len2));
    const d2 = (a.xM + t * dx - x) ** 2 + (a.yM + t * dy - y) ** 2;
    if (d2 < best.d2) best = { d2, dx, dy };
  }
  const len = Math.hypot(best.dx, best.dy);
  return { x: best.dx / len, y: best.dy / len };
}

function drawRoadBar(g: Phaser.GameObjects.Graphics, at: WorldPoint, along: WorldPoint, px: number): void {
  const half = barHalfLengthPx * px;
  const across = { x: -along.y * half, y: along.x * half };
  g.lineStyle((barWidthPx + 2) * px, 0x4a3000, 0.5).lineBetween(at.x - across.x, at.y - across.y, at.x + across.x, at.y + across.y);
  g.lineStyle(barWidthPx * px, amber, 0.85).lineBetween(at.x - across.x, at.y - across.y, at.x + across.x, at.y + across.y);
}

/** Rows of dots to the right of the marker, one block of rows per tag, red at the top; vertically centred on `at`. */
function drawCasualties(g: Phaser.GameObjects.Graphics, at: WorldPoint, onScene: Record<Tag, number>, px: number): void {
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

export const collisionOverlay: FactorOverlay = {
  factor: 'collision',
  draw(g, { map, incident, at, unitsPerM, px }) {
    const reading = readPhysics(incident.physics);
    if (!reading) return;
    if (incident.status === 'active' && isSecured(incident.machine, incident.phase)) {
      drawRoadBar(g, at, roadDirection(map, reading.roadId, at, unitsPerM), px);
    }
    drawCasualties(g, at, reading.onScene, px);
  },
};
