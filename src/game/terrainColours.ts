// The colour of each land cover, as the map paints it (legend names: legend.terrain.*).
import type { TownshipMap } from '../sim/index.ts';

export type Terrain = TownshipMap['terrain'][number];

/** Flat-ground colours (0xRRGGBB), muted so that roads and markers stand out on top. */
export const terrainColours: Readonly<Record<Terrain, number>> = {
  grass: 0xb4c98a,
  forest: 0x6f9a6a,
  farmland: 0xe4dba4,
  water: 0x8fb8dc,
  builtUp: 0xc9b3a5,
  bare: 0xcdbb9c,
  wetland: 0x9cc3b2,
};

/** The order of the legend. */
export const terrainLegendOrder: readonly Terrain[] = ['farmland', 'grass', 'forest', 'wetland', 'water', 'builtUp', 'bare'];
