// 爆 overlay: before ignition, the gas cloud as a haze over the site that thickens towards the ignitable mass;
// after the blast, rings where the overpressure falls to 35, 20, 7 and 1 kPa (Kingery–Bulmash, via the core's
// blast model) — roughly: lung injury and collapse, heavy structural damage, partial demolition of houses,
// broken windows.
import { blastOverpressureKpa } from '../../sim/index.ts';
import type { FactorOverlay } from './factorOverlay.ts';

interface ExplosionReading { cloudKg: number; tntKg: number | null }

/** The overpressure bands drawn, highest first, with their colours (dark red → pale). */
export const blastBands: readonly { kPa: number; colour: number }[] = [
  { kPa: 35, colour: 0x67000d }, { kPa: 20, colour: 0xcb181d }, { kPa: 7, colour: 0xfb6a4a }, { kPa: 1, colour: 0xfcae91 },
];

function readPhysics(physics: unknown): ExplosionReading | null {
  if (typeof physics !== 'object' || physics === null) return null;
  const { cloudKg, tntKg } = physics as Record<string, unknown>;
  if (typeof cloudKg !== 'number') return null;
  return { cloudKg, tntKg: typeof tntKg === 'number' && tntKg > 0 ? tntKg : null };
}

/** The distance (m) at which a blast of `tntKg` falls to `kPa`: overpressure falls with distance, so bisect. */
export function blastRadiusM(tntKg: number, kPa: number): number {
  let near = 0.01;
  let far = 100_000;
  for (let i = 0; i < 60; i++) {
    const mid = Math.sqrt(near * far);
    if (blastOverpressureKpa(tntKg, mid) > kPa) near = mid;
    else far = mid;
  }
  return Math.sqrt(near * far);
}

export const explosionOverlay: FactorOverlay = {
  factor: 'explosion',
  draw(g, { spec, incident, at, unitsPerM, px }) {
    const reading = readPhysics(incident.physics);
    if (!reading || spec.factor !== 'explosion') return;
    if (reading.tntKg === null) {
      if (incident.status !== 'active' || reading.cloudKg <= 0) return;
      const share = Math.min(1, reading.cloudKg / spec.ignitableCloudKg);
      const radius = spec.standoffM.withoutCordon * unitsPerM;
      g.fillStyle(0xf2c300, 0.12 + 0.38 * share).fillCircle(at.x, at.y, radius);
      g.lineStyle(1.5 * px, 0xb38f00, 0.9).strokeCircle(at.x, at.y, radius);
      return;
    }
    for (const band of [...blastBands].reverse()) {
      const radius = blastRadiusM(reading.tntKg, band.kPa) * unitsPerM;
      g.fillStyle(band.colour, 0.22).fillCircle(at.x, at.y, radius);
      g.lineStyle(2 * px, band.colour, 0.95).strokeCircle(at.x, at.y, radius);
    }
  },
};
