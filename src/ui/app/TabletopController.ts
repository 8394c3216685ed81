// The tabletop's shared state between the map, the panels and the shortcuts: whose view is shown, who is giving
// orders, what is selected, what a click on the map means, and the map's camera. It computes the viewing team's
// view once per change of the drill (an advance, an order) or of the viewing team, and pushes it to the map and the
// panels; it gives orders only through the session.
import type { Language } from '../../i18n/translate.ts';
import type { DrawnCounts } from '../../game/mapDrawnEvent.ts';
import type { MapSelection, PickMode } from '../../game/mapSelection.ts';
import type { MapCommands, TabletopView } from '../../game/tabletopView.ts';
import { TeamViewFeed } from '../../game/TeamViewFeed.ts';
import type { DrillNames } from '../../i18n/names.ts';
import type { DispatchResult, Drill, Order, SimEvent, TeamView } from '../../sim/index.ts';
import { viewNames } from '../viewNames.ts';
import { TeamCommandPost, TeamFacilitator } from '../../sim/index.ts';
import { teamSeesEvent } from '../views/teamEvents.ts';
import type { AppSettings } from './AppSettings.ts';
import type { DrillSession } from './DrillSession.ts';
import type { GivenResult } from '../outcomeLine.ts';

/** What the controller tells its listeners has changed. */
export type ControllerChange = 'selection' | 'pickMode' | 'actingAs';

/** Hears the outcome of every order given through the panels (for sound). */
export type OrderCue = (result: DispatchResult) => void;

export class TabletopController implements TabletopView {
  private selected: MapSelection | null = null;
  private mode: PickMode = 'select';
  private acting: string;
  private commands: MapCommands | null = null;
  private drawnCounts: DrawnCounts | null = null;
  private readonly feed: TeamViewFeed;
  private readonly stopListening: (() => void)[];
  private readonly listeners = new Set<(change: ControllerChange) => void>();
  /** Hears every order given through the panels. */
  orderCue: OrderCue | null = null;
  /** Called when the player picks a destination on the map for the selected unit. */
  onTargetPicked: ((pick: MapSelection) => void) | null = null;
  /** Called with the clicked point when the facilitator places a curveball on the map. */
  onPlacePicked: ((pick: MapSelection) => void) | null = null;

  constructor(readonly session: DrillSession, readonly settings: AppSettings) {
    this.acting = session.team ?? TeamCommandPost;
    // Subscribed before any panel, so every panel that hears of a change reads the view already computed for it.
    this.feed = new TeamViewFeed(session.viewOf(this.viewingTeam()));
    this.stopListening = [
      session.subscribe((events) => { if (events.length > 0 || session.timeS() !== this.feed.view().timeS) this.refreshView(); }),
      settings.subscribe(() => { if (this.viewingTeam() !== this.feed.view().team) this.refreshView(); }),
    ];
  }

  /** Stops following the drill and the settings (the tabletop closed). */
  dispose(): void {
    for (const stop of this.stopListening) stop();
  }

  get drill(): Drill { return this.session.drill; }
  /** The static world, with the incidents the shown view knows to name (a curveball is named only from a view). */
  get world(): DrillNames { return viewNames(this.session.world, this.feed.view()); }

  /**
   * Whose view the tabletop shows: in the hall the command post's, or the truth with 导演视角 on; in self-training the
   * trainee's team (the command post when one player plays every team).
   */
  viewingTeam(): string {
    if (this.session.mode === 'hall') return this.settings.get().directorView ? TeamFacilitator : TeamCommandPost;
    return this.session.team ?? TeamCommandPost;
  }

  view(): TeamView { return this.feed.view(); }
  onView(listener: () => void): () => void { return this.feed.onView(listener); }

  /** Computes the viewing team's view now and pushes it: after a change of the drill, of the viewing team or the language. */
  refreshView(): void { this.feed.push(this.session.viewOf(this.viewingTeam())); }

  displayTimeS(): number { return this.session.displayTimeS(); }
  language(): Language { return this.settings.get().language; }
  projector(): boolean { return this.settings.get().projector; }

  /** A team's view (by default the team orders are given as): the one shown when it is that team's, else taken now. */
  teamView(team: string = this.acting): TeamView {
    return team === this.feed.view().team ? this.feed.view() : this.session.viewOf(team);
  }

  /** The incidents a team knows (by default the team orders are given as): an order may name only these. */
  knownIncidents(team: string = this.acting): TeamView['incidents'] {
    return this.teamView(team).incidents;
  }

  /** Whether the feed (and the sound) carries an event: what the viewing team may see. */
  eventVisible(event: SimEvent): boolean {
    return teamSeesEvent(this.feed.view(), event);
  }

  /** The team orders are given as: the command post by default in the hall, the chosen role in self-training. */
  actingAs(): string { return this.acting; }

  setActingAs(team: string): void {
    if (this.session.team !== null || team === this.acting) return;
    this.acting = team;
    this.notify('actingAs');
  }

  selection(): MapSelection | null { return this.selected; }

  select(selection: MapSelection | null): void {
    this.selected = selection;
    this.mode = 'select';
    this.notify('selection');
  }

  pickMode(): PickMode { return this.mode; }

  setPickMode(mode: PickMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.notify('pickMode');
  }

  picked(pick: MapSelection): void {
    const handler = this.mode === 'target' ? this.onTargetPicked : this.mode === 'place' ? this.onPlacePicked : null;
    if (handler) {
      this.mode = 'select';
      handler(pick);
      this.notify('pickMode');
      return;
    }
    this.select(pick);
  }

  /**
   * Gives an order, typed as the core's `Order`, through the core's validation (a refusal is a value). An accepted
   * order comes back with `durable`, which resolves once the record holding it is on disk: only then is it taken.
   */
  give(order: Order): GivenResult {
    const result = this.session.dispatch(order);
    const durable = this.session.durable();
    // The cue that the order was taken sounds once the record holding it is on disk.
    void durable.then(() => this.orderCue?.(result));
    return result.ok ? { ...result, durable } : result;
  }

  mapReady(commands: MapCommands): void { this.commands = commands; }
  map(): MapCommands | null { return this.commands; }
  mapDrawn(counts: DrawnCounts): void { this.drawnCounts = counts; }
  drawn(): DrawnCounts | null { return this.drawnCounts; }

  /** Returns the function that stops listening. */
  subscribe(listener: (change: ControllerChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(change: ControllerChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}
