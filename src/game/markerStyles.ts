// The marker of each kind of map object — shape, colour, size. Legend names are in the locale files (legend.marker.*).
export type MarkerKind = 'village' | 'station' | 'facility' | 'shelter' | 'place';

export interface MarkerStyle {
  shape: 'settlement' | 'square' | 'diamond' | 'triangle' | 'dot';
  colour: number;
  /** Half the marker's width on screen, in pixels. */
  radiusPx: number;
}

export const markerStyles: Readonly<Record<MarkerKind, MarkerStyle>> = {
  village: { shape: 'settlement', colour: 0x2b2b2b, radiusPx: 6 },
  station: { shape: 'square', colour: 0x2a5db0, radiusPx: 4 },
  facility: { shape: 'diamond', colour: 0x8e3fa8, radiusPx: 4.5 },
  shelter: { shape: 'triangle', colour: 0x1f9447, radiusPx: 5 },
  place: { shape: 'dot', colour: 0xd7263d, radiusPx: 3.5 },
};

/** Drawing order, bottom to top: villages last, so a settlement is never hidden by a station beside it. */
export const markerDrawOrder: readonly MarkerKind[] = ['place', 'facility', 'station', 'shelter', 'village'];

/** The white rim round every marker, in pixels, that lifts it off the terrain. */
export const markerRimPx = 1.2;
