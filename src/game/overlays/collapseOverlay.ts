// 塌 overlay: a hatched, dusty-brown rubble disc around the site, the trapped as dots by state, and a ring once shored.
import type Phaser from 'phaser';
import type { WorldPoint } from '../mapProjection.ts';
import type { FactorOverlay } from './factorOverlay.ts';

type Graphics = Phaser.GameObjects.Graphics;
type TrappedStatus = 'missing' | 'located' | 'alive' | 'dead';

interface CollapseReading { statuses: TrappedStatus[]; shoringLeftCrewMin: number | null }

/** The rubble's radius (m) by kind of collapse: a scaffold or a house is a small heap, a landslide a wide one. */
const rubbleRadiusM: Readonly<Record<string, number>> = { scaffold: 12, formwork: 14, oldHouse: 10, mineRoof: 10, landslide: 25 };
const defaultRadiusM = 12;
const rubbleColour = 0x8c510a;
const shoredColour = 0x4a6fa5;

/** Dot colours by state: not yet located grey, located orange, freed alive green, dead black. */
const statusColour: Readonly<Record<TrappedStatus, number>> = { missing: 0x8a8a8a, located: 0xe08214, alive: 0x1a9850, dead: 0x111111 };

function isStatus(value: unknown): value is TrappedStatus {
  return value === 'missing' || value === 'located' || value === 'alive' || value === 'dead';
}

function readStatus(person: unknown): TrappedStatus | null {
  if (typeof person !== 'object' || person === null) return null;
  const { status } = person as Record<string, unknown>;
  return isStatus(status) ? status : null;
}

function readPhysics(physics: unknown): CollapseReading | null {
  if (typeof physics !== 'object' || physics === null) return null;
  const { people, shoringLeftCrewMin } = physics as Record<string, unknown>;
  if (!Array.isArray(people)) return null;
  const statuses = (people as unknown[]).map(readStatus).filter((s): s is TrappedStatus => s !== null);
  return { statuses, shoringLeftCrewMin: typeof shoringLeftCrewMin === 'number' ? shoringLeftCrewMin : null };
}

/** Whether shoring was ordered, from the machine's persisted context (shored = ordered and no shoring work left). */
function shoringOrdered(machine: unknown): boolean {
  if (typeof machine !== 'object' || machine === null) return false;
  const { context } = machine as Record<string, unknown>;
  if (typeof context !== 'object' || context === null) return false;
  return (context as Record<string, unknown>).shoringOrdered === true;
}

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

export const collapseOverlay: FactorOverlay = {
  factor: 'collapse',
  draw(g, { spec, incident, at, unitsPerM, px }) {
    const reading = readPhysics(incident.physics);
    if (!reading || spec.factor !== 'collapse' || incident.status === 'pending') return;
    const radius = (rubbleRadiusM[spec.kind] ?? defaultRadiusM) * unitsPerM;
    drawRubble(g, at, radius, px);
    const shored = reading.shoringLeftCrewMin !== null && reading.shoringLeftCrewMin <= 0 && shoringOrdered(incident.machine);
    if (shored) g.lineStyle(3 * px, shoredColour, 0.85).strokeCircle(at.x, at.y, radius + 4 * px);
    drawPeople(g, at, radius, px, reading.statuses);
  },
};
