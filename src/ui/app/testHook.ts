// `window.__drillhall`, present only with ?test=1: what browser tests and outside checks read, and the few ways
// they may drive a drill. It cannot change the drill except as a player can — `dispatch` goes through the core's
// validation and into the record, `setSpeed` is the speed buttons — and `snapshot` returns a copy. Nothing in the app
// reads it: the screens read the team's view from the core; a test reads the same view (`view`) to check what a team
// may see, and the truth (`snapshot`) only to compare with it.
import type { Language } from '../../i18n/translate.ts';
import type { DrawnCounts } from '../../game/mapDrawnEvent.ts';
import type { DrawnToken, OverlayDrawn } from '../../game/tabletopView.ts';
import type { DispatchResult, DrillRecord, SimState, TeamView } from '../../sim/index.ts';
import type { ReviewProbe } from '../review/ReviewScreen.ts';
import type { App, ScreenName } from './App.ts';
import { isDrillSpeed } from './DrillClock.ts';

export interface DrillhallTestHook {
  /** The screen now showing. */
  readonly scene: ScreenName;
  readonly language: Language;
  /** True once the tabletop's map has been drawn and shown in a frame. */
  readonly mapDrawn: boolean;
  /** The renderer Phaser chose, or null when no map is up. */
  readonly renderer: 'canvas' | 'webgl' | null;
  /** What the map drew; all zero until `mapDrawn`. */
  readonly drawnCounts: Readonly<DrawnCounts>;
  /** A copy of the running drill's state — the truth, to compare a view with —, or null when no drill is open. */
  snapshot(): SimState | null;
  /** A team's view as the core computes it (by default the one the tabletop shows), or null when no drill is open. */
  view(team?: string): TeamView | null;
  /** A copy of the running drill's record (orders with their times and outcomes), or null when no drill is open. */
  record(): DrillRecord | null;
  /** Gives an order as a player would (validated by the core, recorded); resolves once the record holding it is on disk; null when no drill is open. */
  dispatch(order: unknown): Promise<DispatchResult | null>;
  /** Runs the clock at a speed of the speed buttons (1, 2, 5, 10, 30, 60), or pauses it with 0. */
  setSpeed(speed: number): boolean;
  /** The unit tokens as the map last drew them, with their place on the canvas. */
  tokens(): DrawnToken[];
  /** How many drawing commands each shown incident's hazard overlay gave at the map's last redraw. */
  overlays(): OverlayDrawn[];
  /** Where a point of the map (metres) is on the canvas now, or null when no map is up. */
  screenOf(point: { xM: number; yM: number }): { screenX: number; screenY: number } | null;
  /** The after-action review: whether it is scoring, scored or failed, the score once computed, the curves drawn and the replay (a copy); null on other screens. */
  review(): ReviewProbe | null;
}

declare global {
  interface Window { readonly __drillhall?: DrillhallTestHook }
}

const noCounts: Readonly<DrawnCounts> = Object.freeze({ villages: 0, roads: 0, cells: 0 });

export function exposeTestHook(app: App): void {
  const controller = () => app.tabletop?.controller ?? null;
  const hook: DrillhallTestHook = Object.freeze({
    get scene() { return app.screen; },
    get language() { return app.settings.get().language; },
    get mapDrawn() { return (controller()?.drawn() ?? null) !== null; },
    get renderer() { return app.tabletop?.renderer() ?? null; },
    get drawnCounts() { const counts = controller()?.drawn(); return counts ? Object.freeze({ ...counts }) : noCounts; },
    snapshot: () => (app.session ? structuredClone(app.session.state()) : null),
    view: (team?: string) => {
      const shown = controller();
      if (team === undefined) return shown ? structuredClone(shown.view()) : null;
      return app.session ? app.session.viewOf(team) : null;
    },
    record: () => app.session?.record() ?? null,
    dispatch: async (order: unknown) => {
      const session = app.session;
      if (!session) return null;
      const result = session.dispatch(structuredClone(order));
      await session.durable();
      return result;
    },
    setSpeed: (speed: number) => {
      if (!app.session) return false;
      if (speed === 0) { app.session.pause(); return true; }
      if (!isDrillSpeed(speed)) return false;
      app.session.run(speed);
      return true;
    },
    tokens: () => controller()?.map()?.tokens() ?? [],
    overlays: () => controller()?.map()?.overlays() ?? [],
    screenOf: (point: { xM: number; yM: number }) => controller()?.map()?.screenOf(point) ?? null,
    review: () => app.review?.probe() ?? null,
  });
  Object.defineProperty(window, '__drillhall', { value: hook, writable: false, configurable: false, enumerable: false });
}
