// Draws a marker for every village, station, facility, shelter and place of the township.
import type Phaser from 'phaser';
import type { PointM, TownshipMap } from '../sim/index.ts';
import { drawMarker } from './drawMarker.ts';
import { toWorld } from './mapProjection.ts';
import type { MarkerKind } from './markerStyles.ts';
import { markerDrawOrder } from './markerStyles.ts';

/** The map's objects of one marker kind, in map order. */
export function objectsOfKind(map: TownshipMap, kind: MarkerKind): readonly { id: string; nameZh: string; nameEn: string; at: PointM }[] {
  switch (kind) {
    case 'village': return map.villages;
    case 'station': return map.stations;
    case 'facility': return map.facilities;
    case 'shelter': return map.shelters;
    case 'place': return map.places;
  }
}

/** `px` is world units per screen pixel. Returns how many markers of each kind were drawn. */
export function drawMarkers(g: Phaser.GameObjects.Graphics, map: TownshipMap, px: number): Record<MarkerKind, number> {
  const drawn: Record<MarkerKind, number> = { village: 0, station: 0, facility: 0, shelter: 0, place: 0 };
  for (const kind of markerDrawOrder) {
    for (const o of objectsOfKind(map, kind)) {
      const { x, y } = toWorld(map, o.at);
      drawMarker(g, kind, x, y, px);
      drawn[kind]++;
    }
  }
  return drawn;
}
