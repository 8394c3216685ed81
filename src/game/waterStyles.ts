// How rivers and embankments are drawn (legend names: legend.river, legend.embankment).
export const riverStyle = { colour: 0x3f7fbf, widthPx: 2.5 } as const;

/** An embankment: a brown crest line with short ticks on its left-hand side (the side it protects, as drawn). */
export const embankmentStyle = { colour: 0x8a5a2b, widthPx: 2.5, tickPx: 4, tickSpacingPx: 7 } as const;
