// 暑 overlay: a soft disc over the group's area coloured by how far its WBGT stands above its limit, ringed when
// cases are active.
import type { HeatReading } from '../../sim/index.ts';
import type { FactorOverlay } from './factorOverlay.ts';

/** Strain bands (WBGT minus limit, °C), hottest first, with their colours: red, orange, yellow; below them green. */
export const heatBands: readonly { fromC: number; colour: number }[] = [
  { fromC: 3, colour: 0xd7301f }, { fromC: 1, colour: 0xf16913 }, { fromC: 0, colour: 0xe6b800 },
];
const coolColour = 0x41ab5d;

/** The colour for a strain, and how strongly to fill (stronger as the strain grows, up to 3 °C over). */
export function heatColour(strainC: number): { colour: number; alpha: number } {
  const band = heatBands.find((b) => strainC >= b.fromC);
  const alpha = 0.12 + 0.16 * Math.min(1, Math.max(0, (strainC + 3) / 6));
  return { colour: band?.colour ?? coolColour, alpha };
}

export const heatOverlay: FactorOverlay<HeatReading> = {
  factor: 'heat',
  draw(g, reading, { at, unitsPerM, px }) {
    const radius = reading.radiusM * unitsPerM;
    const { colour, alpha } = heatColour(reading.strainC);
    g.fillStyle(colour, alpha * 0.6).fillCircle(at.x, at.y, radius);
    g.fillStyle(colour, alpha).fillCircle(at.x, at.y, radius * 0.6);
    g.lineStyle(1.5 * px, colour, 0.7).strokeCircle(at.x, at.y, radius);
    if (reading.activeCaseCount > 0) g.lineStyle(3 * px, 0xb2182b, 0.85).strokeCircle(at.x, at.y, radius * 1.08);
  },
};
