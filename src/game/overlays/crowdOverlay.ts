// 挤 overlay: the crowd site's plan centred on the incident, its density map in Fruin colours, and each person as a dot.
import type Phaser from 'phaser';
import type { CrowdReading } from '../../sim/index.ts';
import type { WorldPoint } from '../mapProjection.ts';
import type { FactorOverlay } from './factorOverlay.ts';

type Graphics = Phaser.GameObjects.Graphics;
type FruinLos = NonNullable<NonNullable<CrowdReading['density']>['los'][number]>;

/** Fruin level of service colours: A–B green, C yellow, D orange, E red, F dark red (muted). */
export const fruinColours: Readonly<Record<FruinLos, number>> = {
  A: 0x1a9850, B: 0x1a9850, C: 0xd9b526, D: 0xe8743b, E: 0xd73027, F: 0x7f0000,
};
const fallenColour = 0x222222;

/** Where site-local metres land in the world. */
interface Placement { origin: WorldPoint; unitsPerM: number; px: number }

/** The density map's non-empty cells, runs of one level in a row merged into one rectangle. */
function drawDensity(g: Graphics, density: NonNullable<CrowdReading['density']>, at: Placement): void {
  const size = density.cellM * at.unitsPerM;
  for (let r = 0; r < density.rows; r++) {
    let c = 0;
    while (c < density.cols) {
      const los = density.los[r * density.cols + c] ?? null;
      if (los === null) { c++; continue; }
      let end = c + 1;
      while (end < density.cols && density.los[r * density.cols + end] === los) end++;
      g.fillStyle(fruinColours[los], 0.3).fillRect(at.origin.x + c * size, at.origin.y + r * size, (end - c) * size, size);
      c = end;
    }
  }
}

/** Each person as a dot at least a pixel wide, coloured by the density they feel; the fallen and dead in black. */
function drawPeople(g: Graphics, people: CrowdReading['people'], at: Placement): void {
  people.xM.forEach((xM, i) => {
    const feel = people.feel[i] ?? 'A';
    const radius = Math.max((people.radiusM[i] ?? 0.25) * at.unitsPerM * 0.8, at.px);
    g.fillStyle(feel === 'down' ? fallenColour : fruinColours[feel], 0.9).fillCircle(at.origin.x + xM * at.unitsPerM, at.origin.y + people.yM[i]! * at.unitsPerM, radius);
  });
}

function segment(g: Graphics, [x1, y1, x2, y2]: readonly number[], at: Placement): void {
  if (x1 === undefined || y1 === undefined || x2 === undefined || y2 === undefined) return;
  const u = at.unitsPerM;
  g.lineBetween(at.origin.x + x1 * u, at.origin.y + y1 * u, at.origin.x + x2 * u, at.origin.y + y2 * u);
}

/** The outline and obstacles in grey; gates blue, the bottleneck magenta, exits green when open and grey when shut. */
function drawSite(g: Graphics, site: CrowdReading['site'], at: Placement): void {
  const u = at.unitsPerM;
  g.fillStyle(0xffffff, 0.25).fillRect(at.origin.x, at.origin.y, site.widthM * u, site.depthM * u);
  g.lineStyle(1.5 * at.px, 0x555555, 0.9).strokeRect(at.origin.x, at.origin.y, site.widthM * u, site.depthM * u);
  for (const wall of site.walls) segment(g, wall, at);
  g.lineStyle(3 * at.px, 0x2166ac, 0.9);
  for (const gate of site.gates) segment(g, gate, at);
  g.lineStyle(3 * at.px, 0xc51b7d, 0.95);
  segment(g, site.bottleneck, at);
  for (const exit of site.exits) {
    g.lineStyle(3 * at.px, exit.open ? 0x1a9850 : 0x888888, 0.9);
    segment(g, exit.segment, at);
  }
}

export const crowdOverlay: FactorOverlay<CrowdReading> = {
  factor: 'crowd',
  draw(g, reading, { unitsPerM, px }) {
    const placement: Placement = { origin: { x: reading.originM.xM * unitsPerM, y: reading.originM.yM * unitsPerM }, unitsPerM, px };
    drawSite(g, reading.site, placement);
    if (reading.density) drawDensity(g, reading.density, placement);
    drawPeople(g, reading.people, placement);
  },
};
