// What the tabletop map reads and whom it tells: one team's view (pushed by whoever feeds the map) and the player's
// selection in, clicks out. The map never reads the drill's state and never changes the drill; a click becomes an
// order only in the panels.
import type { Language } from '../i18n/translate.ts';
import type { Drill, PointM, TeamView, World } from '../sim/index.ts';
import type { DrawnCounts } from './mapDrawnEvent.ts';
import type { MapSelection, PickMode } from './mapSelection.ts';

/** A unit token as last drawn: where it is in metres and on the canvas (CSS pixels from the canvas's corner). */
export interface DrawnToken { unit: string; xM: number; yM: number; screenX: number; screenY: number }

/** What an incident's hazard overlay drew at the map's last redraw: how many drawing commands (0 = nothing). */
export interface OverlayDrawn { incident: string; factor: string; commands: number }

/** What the panels and shortcuts may ask of the map's camera. */
export interface MapCommands {
  fit(): void;
  /** Zooms about the view's centre; 1.25 is one step in. */
  zoomBy(factor: number): void;
  /** Moves the view by screen pixels. */
  panBy(dxPx: number, dyPx: number): void;
  centreOn(point: PointM): void;
  /** Centres on a point and zooms in far enough to see what happens there (an incident's overlay). */
  focusOn(point: PointM): void;
  tokens(): DrawnToken[];
  /** What each incident's hazard overlay drew when the map was last redrawn. */
  overlays(): OverlayDrawn[];
  /** Where a point of the map is on the canvas now. */
  screenOf(point: PointM): { screenX: number; screenY: number };
  toggleLegend(): void;
  /** The camera now, so that a restarted map (in another language) opens where this one was. */
  cameraState(): CameraState;
}

export interface CameraState { zoom: number; scrollX: number; scrollY: number }

export interface TabletopView {
  readonly drill: Drill;
  readonly world: World;
  /** The view shown now: the viewing team's, as the core computed it at the last change. */
  view(): TeamView;
  /** Hears every new view (an advance, an order, another viewing team, the language); returns the function that stops listening. */
  onView(listener: () => void): () => void;
  /** Sim seconds with a fraction, for smooth token movement. */
  displayTimeS(): number;
  language(): Language;
  /** Large type and heavy lines for the projector. */
  projector(): boolean;
  selection(): MapSelection | null;
  pickMode(): PickMode;
  /** A click (or a drawn circle) on the map, in the current pick mode. */
  picked(pick: MapSelection): void;
  /** The map is up and can be steered; called again after every restart of the scene. */
  mapReady(commands: MapCommands): void;
  /** The map has been drawn and shown in a frame. */
  mapDrawn(counts: DrawnCounts): void;
}
