// 挤 overlay: the crowd site's plan centred on the incident, its density map in Fruin colours, and each person as a dot.
import type Phaser from 'phaser';
import type { FruinLos } from '../../sim/index.ts';
import { fruinWalkwayLos } from '../../sim/index.ts';
import type { WorldPoint } from '../mapProjection.ts';
import type { FactorOverlay } from './factorOverlay.ts';

type Graphics = Phaser.GameObjects.Graphics;

/** Fruin level of service colours: A–B green, C yellow, D orange, E red, F dark red (muted). */
export const fruinColours: Readonly<Record<FruinLos, number>> = {
  A: 0x1a9850, B: 0x1a9850, C: 0xd9b526, D: 0xe8743b, E: 0xd73027, F: 0x7f0000,
};
const fallenColour = 0x222222;

interface DensityGrid { cellM: number; cols: number; rows: number; perM2: number[] }
interface People { xM: number[]; yM: number[]; radiusM: number[]; status: number[]; densityPerM2: number[] }
interface CrowdReading { people: People | null; densityMap: DensityGrid | null; exitsOpen: boolean[] }

/** Where site-local metres land in the world: the site centred on the incident's point. */
interface Placement { origin: WorldPoint; unitsPerM: number; px: number }

function numbers(value: unknown): number[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'number') ? value : null;
}

function readPeople(agents: unknown): People | null {
  if (typeof agents !== 'object' || agents === null) return null;
  const a = agents as Record<string, unknown>;
  const xM = numbers(a.xM);
  const yM = numbers(a.yM);
  if (!xM || !yM || xM.length !== yM.length) return null;
  return { xM, yM, radiusM: numbers(a.radiusM) ?? [], status: numbers(a.status) ?? [], densityPerM2: numbers(a.densityPerM2) ?? [] };
}

function readDensityMap(map: unknown): DensityGrid | null {
  if (typeof map !== 'object' || map === null) return null;
  const { cellM, cols, rows, perM2 } = map as Record<string, unknown>;
  const cells = numbers(perM2);
  if (typeof cellM !== 'number' || typeof cols !== 'number' || typeof rows !== 'number' || !cells) return null;
  if (cellM <= 0 || cells.length < cols * rows) return null;
  return { cellM, cols, rows, perM2: cells };
}

function readPhysics(physics: unknown): CrowdReading | null {
  if (typeof physics !== 'object' || physics === null) return null;
  const { agents, densityMap, exitsOpen } = physics as Record<string, unknown>;
  const open = Array.isArray(exitsOpen) ? exitsOpen.map((o) => o === true) : [];
  return { people: readPeople(agents), densityMap: readDensityMap(densityMap), exitsOpen: open };
}

function losOf(perM2: number): FruinLos {
  return Number.isFinite(perM2) && perM2 > 0 ? fruinWalkwayLos(perM2) : 'A';
}

/** The density map's non-empty cells, runs of one level in a row merged into one rectangle. */
function drawDensity(g: Graphics, map: DensityGrid, at: Placement): void {
  const size = map.cellM * at.unitsPerM;
  for (let r = 0; r < map.rows; r++) {
    let c = 0;
    while (c < map.cols) {
      const perM2 = map.perM2[r * map.cols + c] ?? 0;
      if (perM2 <= 0) { c++; continue; }
      const los = losOf(perM2);
      let end = c + 1;
      while (end < map.cols && (map.perM2[r * map.cols + end] ?? 0) > 0 && losOf(map.perM2[r * map.cols + end] ?? 0) === los) end++;
      g.fillStyle(fruinColours[los], 0.3).fillRect(at.origin.x + c * size, at.origin.y + r * size, (end - c) * size, size);
      c = end;
    }
  }
}

/** Each person as a dot at least a pixel wide, coloured by the density they feel; the fallen and dead in black. */
function drawPeople(g: Graphics, people: People, at: Placement): void {
  for (let i = 0; i < people.xM.length; i++) {
    const down = (people.status[i] ?? 0) !== 0;
    const colour = down ? fallenColour : fruinColours[losOf(people.densityPerM2[i] ?? 0)];
    const radius = Math.max((people.radiusM[i] ?? 0.25) * at.unitsPerM * 0.8, at.px);
    g.fillStyle(colour, 0.9).fillCircle(at.origin.x + people.xM[i]! * at.unitsPerM, at.origin.y + people.yM[i]! * at.unitsPerM, radius);
  }
}

function segment(g: Graphics, [x1, y1, x2, y2]: readonly number[], at: Placement): void {
  if (x1 === undefined || y1 === undefined || x2 === undefined || y2 === undefined) return;
  const u = at.unitsPerM;
  g.lineBetween(at.origin.x + x1 * u, at.origin.y + y1 * u, at.origin.x + x2 * u, at.origin.y + y2 * u);
}

interface SitePlan {
  widthM: number; depthM: number; walls: readonly (readonly number[])[];
  gates: readonly { segment: readonly number[] }[]; bottleneck: { segment: readonly number[] }; exits: readonly { segment: readonly number[] }[];
}

/** The outline and obstacles in grey; gates blue, the bottleneck magenta, exits green when open and grey when shut. */
function drawSite(g: Graphics, site: SitePlan, exitsOpen: readonly boolean[], at: Placement): void {
  const u = at.unitsPerM;
  g.fillStyle(0xffffff, 0.25).fillRect(at.origin.x, at.origin.y, site.widthM * u, site.depthM * u);
  g.lineStyle(1.5 * at.px, 0x555555, 0.9).strokeRect(at.origin.x, at.origin.y, site.widthM * u, site.depthM * u);
  for (const wall of site.walls) segment(g, wall, at);
  g.lineStyle(3 * at.px, 0x2166ac, 0.9);
  for (const gate of site.gates) segment(g, gate.segment, at);
  g.lineStyle(3 * at.px, 0xc51b7d, 0.95);
  segment(g, site.bottleneck.segment, at);
  site.exits.forEach((exit, i) => {
    g.lineStyle(3 * at.px, exitsOpen[i] === true ? 0x1a9850 : 0x888888, 0.9);
    segment(g, exit.segment, at);
  });
}

export const crowdOverlay: FactorOverlay = {
  factor: 'crowd',
  draw(g, { spec, incident, at, unitsPerM, px }) {
    const reading = readPhysics(incident.physics);
    if (!reading || spec.factor !== 'crowd') return;
    const site = spec.site;
    const placement: Placement = { origin: { x: at.x - (site.widthM / 2) * unitsPerM, y: at.y - (site.depthM / 2) * unitsPerM }, unitsPerM, px };
    drawSite(g, site, reading.exitsOpen, placement);
    if (reading.densityMap) drawDensity(g, reading.densityMap, placement);
    if (reading.people) drawPeople(g, reading.people, placement);
  },
};
