// What the player has picked on the map or in a list: a unit, a map object, a road, an incident, a bare point,
// or a drawn circle. Orders are built from it; the map highlights it.
import type { MarkerKind } from './markerStyles.ts';

export type MapSelection =
  | { kind: 'unit'; id: string }
  | { kind: 'incident'; id: string }
  | { kind: 'road'; id: string }
  | { kind: MarkerKind; id: string }
  | { kind: 'point'; xM: number; yM: number }
  | { kind: 'area'; xM: number; yM: number; radiusM: number };

/** What a click on the map means now: pick something, give the selected unit a destination, draw an area, or
 *  place a curveball incident at the clicked point (the facilitator's). */
export type PickMode = 'select' | 'target' | 'area' | 'place';

export function sameSelection(a: MapSelection | null, b: MapSelection | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind !== b.kind) return false;
  if ('id' in a && 'id' in b) return a.id === b.id;
  return JSON.stringify(a) === JSON.stringify(b);
}
