// The tabletop's shared state between the map, the panels and the shortcuts: who is giving orders, what is
// selected, what a click on the map means, and the map's camera. It gives orders only through the session.
import type { Language } from '../../i18n/translate.ts';
import type { DrawnCounts } from '../../game/mapDrawnEvent.ts';
import type { MapSelection, PickMode } from '../../game/mapSelection.ts';
import type { IncidentSnapshot, MapCommands, TabletopView } from '../../game/tabletopView.ts';
import type { DispatchResult, Drill, Order, SimEvent, SimState, World } from '../../sim/index.ts';
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
  /** Counts changes of what is shown without a change of state (the facilitator's view, the language). */
  private viewRevision = 0;
  private readonly listeners = new Set<(change: ControllerChange) => void>();
  /** Hears every order given through the panels. */
  orderCue: OrderCue | null = null;
  /** Called when the player picks a destination on the map for the selected unit. */
  onTargetPicked: ((pick: MapSelection) => void) | null = null;
  /** Called with the clicked point when the facilitator places a curveball on the map. */
  onPlacePicked: ((pick: MapSelection) => void) | null = null;

  constructor(readonly session: DrillSession, readonly settings: AppSettings) {
    this.acting = session.team ?? 'command-post';
  }

  get drill(): Drill { return this.session.drill; }
  get world(): World { return this.session.world; }
  state(): SimState { return this.session.state(); }
  stateVersion(): number { return this.session.version() + this.viewRevision * 1e9; }

  /** What the map shows changed though the drill did not (language, the facilitator's view): redraw. */
  viewChanged(): void { this.viewRevision++; }
  displayTimeS(): number { return this.session.displayTimeS(); }
  language(): Language { return this.settings.get().language; }
  projector(): boolean { return this.settings.get().projector; }

  /** The facilitator's view shows incidents before anyone in the drill knows of them; never in self-training. */
  private directorView(): boolean {
    return this.session.mode === 'hall' && this.settings.get().directorView;
  }

  incidentVisible(incident: IncidentSnapshot): boolean {
    return incident.status !== 'pending' && (this.directorView() || incident.discoveredS !== null);
  }

  /** Whether the feed (and the sound) shows an event: an incident's events only once someone in the drill knows of it. */
  eventVisible(event: SimEvent): boolean {
    if (!('incident' in event) || event.type.startsWith('report.') || this.directorView()) return true;
    const discoveredS = this.session.state().incidents.find((i) => i.id === event.incident)?.discoveredS ?? null;
    return discoveredS !== null && event.timeS >= discoveredS;
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
