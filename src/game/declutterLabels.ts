// Chooses where map labels go and which to leave out: in priority order, each label takes its first placement
// that overlaps nothing already on screen, so the map never prints text over text.

/** A rectangle in screen pixels (any fixed origin: only overlaps matter). */
export interface ScreenBox { left: number; top: number; width: number; height: number }

export interface LabelRequest {
  /** Where the label may go, best first. */
  placements: readonly ScreenBox[];
  /** An essential label (a village's name) always shows: in its first free placement, else its first clear of every
   *  marker and badge (over a lesser label rather than under a badge), else its first. */
  essential: boolean;
}

function overlaps(a: ScreenBox, b: ScreenBox, marginPx: number): boolean {
  return a.left < b.left + b.width + marginPx && b.left < a.left + a.width + marginPx
    && a.top < b.top + b.height + marginPx && b.top < a.top + a.height + marginPx;
}

/**
 * Greedy and deterministic: `labels` come highest priority first, `null` for a label hidden anyway (e.g. at
 * this zoom); `obstacles` (markers) are not covered. Returns, per label, the index of its placement or -1.
 */
export function declutterLabels(labels: readonly (LabelRequest | null)[], obstacles: readonly ScreenBox[], marginPx = 2): number[] {
  const taken: ScreenBox[] = [];
  const clearOfMarkers = (box: ScreenBox): boolean => !obstacles.some((o) => overlaps(box, o, 0));
  const free = (box: ScreenBox): boolean => !taken.some((t) => overlaps(box, t, marginPx)) && clearOfMarkers(box);
  return labels.map((label) => {
    if (!label) return -1;
    let chosen = label.placements.findIndex(free);
    if (chosen < 0 && label.essential) chosen = Math.max(0, label.placements.findIndex(clearOfMarkers));
    if (chosen >= label.placements.length) chosen = -1;
    const box = label.placements[chosen];
    if (box) taken.push(box);
    return box ? chosen : -1;
  });
}
