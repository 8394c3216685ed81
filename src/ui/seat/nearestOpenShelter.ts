// The shelter a village's move form starts with: the nearest, as the crow flies, of the shelters its team knows to be
// open — so moving a village's own people takes two taps on a phone. The trainee may still choose another.
import type { TeamView, TownshipMap } from '../../sim/index.ts';

/** The nearest open shelter to `village`, or '' when it is not a village or no shelter is known to be open. */
export function nearestOpenShelter(map: TownshipMap, view: TeamView, village: string): string {
  const from = map.villages.find((v) => v.id === village)?.at;
  if (!from) return '';
  const open = new Set(view.shelters.filter((s) => s.open).map((s) => s.id));
  const distanceM = (s: TownshipMap['shelters'][number]) => Math.hypot(s.at.xM - from.xM, s.at.yM - from.yM);
  const nearest = map.shelters.filter((s) => open.has(s.id)).sort((a, b) => distanceM(a) - distanceM(b) || (a.id < b.id ? -1 : 1))[0];
  return nearest?.id ?? '';
}
