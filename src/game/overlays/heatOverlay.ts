// 暑 overlay: a soft disc over the group's place coloured by how far its WBGT stands above its limit, ringed when cases are active.
import type { FactorOverlay } from './factorOverlay.ts';

interface HeatReading { strainC: number; activeCaseCount: number }

/** Strain bands (WBGT minus limit, °C), hottest first, with their colours: red, orange, yellow; below them green. */
export const heatBands: readonly { fromC: number; colour: number }[] = [
  { fromC: 3, colour: 0xd7301f }, { fromC: 1, colour: 0xf16913 }, { fromC: 0, colour: 0xe6b800 },
];
const coolColour = 0x41ab5d;

/** Radius of the disc by group (m): a village for the elderly, a site or a school ground otherwise. */
const groupRadiusM: Readonly<Record<string, number>> = { elderlyAlone: 400, outdoorWorkers: 200, students: 250 };
const defaultRadiusM = 250;

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function readPhysics(physics: unknown): HeatReading | null {
  if (typeof physics !== 'object' || physics === null) return null;
  const { readings, mildUnfoundCount, strokeUnfoundCount, strokeFoundCount } = physics as Record<string, unknown>;
  if (typeof readings !== 'object' || readings === null) return null;
  const { wbgtC, limitC } = readings as Record<string, unknown>;
  if (typeof wbgtC !== 'number' || typeof limitC !== 'number') return null;
  const activeCaseCount = numberOr(mildUnfoundCount, 0) + numberOr(strokeUnfoundCount, 0) + numberOr(strokeFoundCount, 0);
  return { strainC: wbgtC - limitC, activeCaseCount };
}

/** The colour for a strain, and how strongly to fill (stronger as the strain grows, up to 3 °C over). */
export function heatColour(strainC: number): { colour: number; alpha: number } {
  const band = heatBands.find((b) => strainC >= b.fromC);
  const alpha = 0.12 + 0.16 * Math.min(1, Math.max(0, (strainC + 3) / 6));
  return { colour: band?.colour ?? coolColour, alpha };
}

export const heatOverlay: FactorOverlay = {
  factor: 'heat',
  draw(g, { spec, incident, at, unitsPerM, px }) {
    const reading = readPhysics(incident.physics);
    if (!reading || spec.factor !== 'heat') return;
    const radius = (groupRadiusM[spec.group.kind] ?? defaultRadiusM) * unitsPerM;
    const { colour, alpha } = heatColour(reading.strainC);
    g.fillStyle(colour, alpha * 0.6).fillCircle(at.x, at.y, radius);
    g.fillStyle(colour, alpha).fillCircle(at.x, at.y, radius * 0.6);
    g.lineStyle(1.5 * px, colour, 0.7).strokeCircle(at.x, at.y, radius);
    if (reading.activeCaseCount > 0) g.lineStyle(3 * px, 0xb2182b, 0.85).strokeCircle(at.x, at.y, radius * 1.08);
  },
};
