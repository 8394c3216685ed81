// 爆 overlay: before ignition, the gas cloud as a haze over the site that thickens towards the ignitable mass;
// after the blast, the reading's overpressure rings (35, 20, 7 and 1 kPa), darkest nearest.
import type { ExplosionReading } from '../../sim/index.ts';
import type { FactorOverlay } from './factorOverlay.ts';

/** Ring colours by overpressure (kPa), highest first (dark red → pale). */
export const blastColours: Readonly<Record<number, number>> = { 35: 0x67000d, 20: 0xcb181d, 7: 0xfb6a4a, 1: 0xfcae91 };
const palestColour = 0xfcae91;

export const explosionOverlay: FactorOverlay<ExplosionReading> = {
  factor: 'explosion',
  draw(g, reading, { at, unitsPerM, px }) {
    if (reading.cloud) {
      const radius = reading.cloud.radiusM * unitsPerM;
      g.fillStyle(0xf2c300, 0.12 + 0.38 * reading.cloud.shareOfIgnitable).fillCircle(at.x, at.y, radius);
      g.lineStyle(1.5 * px, 0xb38f00, 0.9).strokeCircle(at.x, at.y, radius);
    }
    for (const ring of [...reading.rings].reverse()) {
      const colour = blastColours[ring.kPa] ?? palestColour;
      const radius = ring.radiusM * unitsPerM;
      g.fillStyle(colour, 0.22).fillCircle(at.x, at.y, radius);
      g.lineStyle(2 * px, colour, 0.95).strokeCircle(at.x, at.y, radius);
    }
  },
};
