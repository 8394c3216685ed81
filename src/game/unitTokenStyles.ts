// How unit tokens look: the fill says whose unit it is (station, village, enterprise, county), the ring says
// what it is doing (at base: none; en route: amber; on scene: green; returning: cyan).
import type { UnitStatus } from '../sim/index.ts';

export type UnitOwnerKind = 'station' | 'village' | 'facility' | 'county';

export const ownerColours: Readonly<Record<UnitOwnerKind, number>> = {
  station: 0x1f5fbf,
  village: 0x2e7d32,
  facility: 0x8e3fa8,
  county: 0xc62828,
};

export const statusRingColours: Readonly<Partial<Record<UnitStatus, number>>> = {
  enRoute: 0xffa000,
  onScene: 0x16a34a,
  returning: 0x22a6d6,
};

/** The token's radius on screen, and the space between tokens standing together at one place. */
export const tokenRadiusPx = 6;
export const tokenSpacingPx = 15;
/** Zoomed out (below this multiple of the fitted zoom), units waiting at base shrink so a busy town stays legible. */
export const closeUpZoomFactor = 1.8;
export const restingScale = 0.55;
/** Tokens at a base sit this far below its marker; tokens on a scene start this far to the right of it. */
export const tokenDropPx = 16;
export const sceneGapPx = 26;
export const selectedColour = 0xffd400;
