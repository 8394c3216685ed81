// `window.__drillhallSeat`, present only with ?test=1 on a seat's page: what browser tests read of the seat's map
// (drawn or not, the renderer, the camera, where the unit tokens and a point of the map are on the canvas). Read-only.
import type { SeatMapProbe } from './SeatTabletop.ts';

export interface SeatTestHook { map(): SeatMapProbe | null }

declare global {
  interface Window { readonly __drillhallSeat?: SeatTestHook }
}

/** Exposes the map of the seat now showing (`current` is asked at each read: a change of language rebuilds the seat). */
export function exposeSeatTestHook(current: () => SeatMapProbe | null): void {
  if (window.__drillhallSeat) return;
  const hook: SeatTestHook = Object.freeze({ map: current });
  Object.defineProperty(window, '__drillhallSeat', { value: hook, writable: false, configurable: false, enumerable: false });
}
