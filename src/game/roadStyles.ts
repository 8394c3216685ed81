// How each road class is drawn: provincial red-orange and widest, tracks thin and dashed. Legend names: legend.road.*.
import type { Road } from '../sim/index.ts';

export type RoadClass = Road['roadClass'];

export interface RoadStyle {
  colour: number;
  /** Width of the road's fill on screen, in pixels, whatever the zoom. */
  widthPx: number;
  /** A darker edge each side of the fill, in pixels; 0 for none. */
  casingPx: number;
  casingColour: number;
  /** Dash and gap lengths in pixels, or null for a solid line. */
  dashPx: readonly [number, number] | null;
}

export const roadStyles: Readonly<Record<RoadClass, RoadStyle>> = {
  provincial: { colour: 0xe0542c, widthPx: 4.5, casingPx: 1.2, casingColour: 0x7c2812, dashPx: null },
  county: { colour: 0xf5a83a, widthPx: 3.5, casingPx: 1, casingColour: 0x8a5512, dashPx: null },
  village: { colour: 0xfffcf0, widthPx: 2.2, casingPx: 0.9, casingColour: 0x6d6559, dashPx: null },
  track: { colour: 0x6d5c49, widthPx: 1.6, casingPx: 0, casingColour: 0x6d5c49, dashPx: [5, 3] },
};

/** Bridges keep their class's fill inside a dark parapet, wider than any road's casing. */
export const bridgeStyle = { parapetColour: 0x26221e, parapetPx: 2.2 } as const;

/** Drawing order, bottom to top, so that bigger roads pass over smaller ones at junctions. */
export const roadDrawOrder: readonly RoadClass[] = ['track', 'village', 'county', 'provincial'];
