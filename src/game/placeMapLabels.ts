// Places the map labels for a zoom: each stays the same size on screen, takes a free spot beside its marker
// (right, left, above, below) or hides, and minor labels wait until the map is zoomed in far enough.
import type { ScreenBox } from './declutterLabels.ts';
import { declutterLabels } from './declutterLabels.ts';
import type { MapLabel } from './createMapLabels.ts';
import { labelStyles } from './labelStyles.ts';
import type { WorldPoint } from './mapProjection.ts';

/** Candidate boxes relative to the anchor, in screen pixels, best first. */
function placements(label: MapLabel): ScreenBox[] {
  const { widthPx: w, heightPx: h, gapPx: gap } = label;
  if (gap === null) return [{ left: -w / 2, top: -h / 2, width: w, height: h }];
  return [
    { left: gap, top: -h / 2, width: w, height: h },
    { left: -gap - w, top: -h / 2, width: w, height: h },
    { left: -w / 2, top: -gap - h, width: w, height: h },
    { left: -w / 2, top: gap, width: w, height: h },
  ];
}

const onScreen = (box: ScreenBox, anchor: WorldPoint, zoom: number): ScreenBox =>
  ({ ...box, left: box.left + anchor.x * zoom, top: box.top + anchor.y * zoom });

/**
 * `markers` are the world positions and screen radii of the map's markers, which labels do not cover.
 * Returns how many labels are showing.
 */
export function placeMapLabels(labels: readonly MapLabel[], markers: readonly { at: WorldPoint; radiusPx: number }[], zoom: number, fitZoom: number): number {
  const obstacles = markers.map(({ at, radiusPx: r }) => onScreen({ left: -r, top: -r, width: 2 * r, height: 2 * r }, at, zoom));
  const requests = labels.map((l) => (zoom + 1e-9 >= labelStyles[l.kind].minZoomFactor * fitZoom
    ? { placements: placements(l).map((b) => onScreen(b, l.anchor, zoom)), essential: l.kind === 'village' }
    : null));
  const chosen = declutterLabels(requests, obstacles);
  let showing = 0;
  labels.forEach((l, i) => {
    const box = placements(l)[chosen[i] ?? -1];
    l.container.setVisible(box !== undefined);
    if (!box) return;
    l.container.setScale(1 / zoom).setPosition(l.anchor.x + box.left / zoom, l.anchor.y + box.top / zoom);
    showing++;
  });
  return showing;
}
