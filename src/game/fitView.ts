// Where the whole township fits on screen: as large as possible, beside the screen-space panels when there is room.
import type { WorldSize } from './mapProjection.ts';

/** Screen pixels kept clear on each side of the view. */
export interface Insets { top: number; right: number; bottom: number; left: number }

export interface Fit {
  zoom: number;
  /** The screen point, relative to the view's top-left corner, where the township's centre goes. */
  centreX: number;
  centreY: number;
}

/** Room left round the township, as a fraction of the free space. */
const marginShare = 0.03;
/** Panels may cover the map rather than shrink it below this share of the zoom it would have under them. */
const leastZoomShare = 0.8;

function fitInside(view: WorldSize, world: WorldSize, insets: Insets): Fit {
  const width = Math.max(1, view.width - insets.left - insets.right);
  const height = Math.max(1, view.height - insets.top - insets.bottom);
  return {
    zoom: (1 - 2 * marginShare) * Math.min(width / world.width, height / world.height),
    centreX: insets.left + width / 2,
    centreY: insets.top + height / 2,
  };
}

/** The best fit among the ways of keeping the panels clear (`clearings`), or under the panels if those are all cramped. */
export function fitView(view: WorldSize, world: WorldSize, clearings: readonly Insets[]): Fit {
  const under = fitInside(view, world, { top: 0, right: 0, bottom: 0, left: 0 });
  const best = clearings.map((insets) => fitInside(view, world, insets)).reduce<Fit | null>((a, b) => (a && a.zoom >= b.zoom ? a : b), null);
  return best && best.zoom >= leastZoomShare * under.zoom ? best : under;
}
