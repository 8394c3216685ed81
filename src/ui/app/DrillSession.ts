// A drill running in the page: the simulation, the view's clock that feeds it whole seconds, the events so far,
// and the saved record that lets a reload resume it. The page changes the drill only through the core's
// `dispatch(order)` and `advance(seconds)`; the screens read a team's view of it (`viewOf`), computed on demand.
// An accepted order is told to nobody before the record holding it is on disk: its events, and everything that
// happens after it, wait in order until the save completes (issue #17).
import type { DispatchResult, Drill, DrillRecord, SimEvent, SimState, Simulation, TeamView, World } from '../../sim/index.ts';
import { createSimulation, replay } from '../../sim/index.ts';
import type { DrillSpeed } from './DrillClock.ts';
import { DrillClock, stepSeconds } from './DrillClock.ts';
import type { DrillMode } from './launchOptions.ts';
import type { DrillStore } from './drillStore.ts';
import type { SavedDrill } from './savedDrill.ts';

/** How much sim time may pass between two saves of the record: a crash loses at most this much of the clock. */
export const saveEveryS = 5;

export type SessionListener = (events: readonly SimEvent[]) => void;

export class DrillSession {
  readonly clock = new DrillClock();
  /** The last snapshot taken, and the change it was taken at: a copy is made only when someone asks for one. */
  private current: SimState;
  private currentAtChange = 0;
  /** Goes up with every change of the simulation, told or not yet: the snapshot follows the truth, not the telling. */
  private simChanges = 0;
  /** The events told to the listeners so far, oldest first. */
  private readonly feed: SimEvent[];
  /** Changes waiting for a save to complete before they are told, oldest first; null when nothing waits. */
  private held: (readonly SimEvent[])[] | null = null;
  /** The save the held changes wait for: the one with the latest order. */
  private holdingFor: Promise<boolean> | null = null;
  /** Settles once the held changes have been told. */
  private told: Promise<void> = Promise.resolve();
  private revision = 0;
  private savedAtS: number;
  private lastSave: Promise<boolean> = Promise.resolve(true);
  private readonly listeners = new Set<SessionListener>();

  private constructor(
    readonly drill: Drill,
    readonly mode: DrillMode,
    /** The role played in self-training; null in the hall, where the facilitator gives orders for every team. */
    readonly team: string | null,
    private readonly sim: Simulation,
    private readonly store: Pick<DrillStore, 'save'> | null,
  ) {
    // A new simulation has already run its opening second, and hands those events out again with the first
    // advance or order although its record holds them: drain them now (no time passes) so the feed has each once.
    sim.advance(0);
    this.current = sim.snapshot();
    this.feed = sim.record().events;
    this.savedAtS = this.current.timeS;
  }

  /** A new drill from the scenario's start, saved at once. */
  static start(options: { drill: Drill; mode: DrillMode; team: string | null; store: Pick<DrillStore, 'save'> | null }): DrillSession {
    const session = new DrillSession(options.drill, options.mode, options.team, createSimulation(options.drill), options.store);
    session.save();
    return session;
  }

  /** The saved drill brought back to where it stopped, by replaying its orders; it resumes paused. */
  static resume(options: { drill: Drill; saved: SavedDrill; store: DrillStore | null }): DrillSession {
    const { drill, saved } = options;
    return new DrillSession(drill, saved.mode, saved.team, replay(drill, saved.record.seed, saved.record), options.store);
  }

  get world(): World { return this.sim.world; }

  /**
   * A copy of the whole state, made at most once per change and only when asked: for saving, the review and the
   * panels not yet fed by a view. The map, the feed and the incident list read `viewOf` instead.
   */
  state(): SimState {
    if (this.currentAtChange !== this.simChanges) {
      this.current = this.sim.snapshot();
      this.currentAtChange = this.simChanges;
    }
    return this.current;
  }

  /** What `team` may see now, as the core computes it (the facilitator's view is the truth). */
  viewOf(team: string): TeamView { return this.sim.viewOf(team); }

  /** Sim seconds since the drill started. */
  timeS(): number { return this.sim.timeS(); }

  /** Goes up by one on every change of state, so views redraw only when something happened. */
  version(): number { return this.revision; }

  /** Every event of the drill told so far, oldest first (an order's events once it is on disk). */
  events(): readonly SimEvent[] { return this.feed; }

  /** Whether changes are waiting for a save to complete before they are told. */
  saving(): boolean { return this.held !== null; }

  /** Sim time with the clock's fraction of the next second, for smooth drawing. */
  displayTimeS(): number { return this.sim.timeS() + this.clock.fraction(); }

  /** Runs the sim seconds that `deltaMs` of real time is worth at the current speed. */
  tick(deltaMs: number): void {
    const seconds = this.clock.frame(deltaMs);
    if (seconds > 0) this.advance(seconds);
  }

  /** Pauses, then runs one step (a minute of sim time). */
  step(): void {
    this.clock.pause();
    this.advance(stepSeconds);
  }

  /** Sets the speed and runs the clock; listeners hear of it. */
  run(speed: DrillSpeed = this.clock.speed): void {
    this.clock.setSpeed(speed);
    this.clock.resume();
    this.notify([]);
  }

  /** Stops the clock and saves the record, so a reload resumes exactly here. */
  pause(): void {
    this.clock.pause();
    this.save();
    this.notify([]);
  }

  togglePause(): void {
    if (this.clock.paused) this.run();
    else this.pause();
  }

  /**
   * Gives an order through the core's validation; a refusal changes nothing and says why. The record with the order
   * is saved at once: `durable()` resolves when it is on disk, and only then is the player told it was taken.
   */
  dispatch(order: unknown): DispatchResult {
    const result = this.sim.dispatch(order);
    if (!result.ok) return result;
    this.simChanges++;
    this.save();
    if (this.store) this.holdUntil(this.lastSave);
    this.changed(result.events);
    return result;
  }

  /**
   * Resolves true once the last save (with every order given so far) is on disk and what the orders changed has been
   * told; false when storage refused it.
   */
  durable(): Promise<boolean> {
    const saved = this.lastSave;
    return this.told.then(() => saved);
  }

  /** A copy of the drill record so far. */
  record(): DrillRecord { return this.sim.record(); }

  /** Returns the function that stops listening. */
  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private advance(seconds: number): void {
    const events = this.sim.advance(seconds);
    this.simChanges++;
    this.changed(events);
    if (events.some((e) => e.type === 'drill.timeUp')) this.pause();
    if (this.sim.timeS() - this.savedAtS >= saveEveryS) this.save();
  }

  private changed(events: readonly SimEvent[]): void {
    if (this.held) this.held.push(events);
    else this.tell(events);
  }

  /**
   * Holds every change from now on until `save` settles, then tells them in order. A save that fails still lets
   * them through (the drill went on in memory), and the storage alert has told the player already.
   */
  private holdUntil(save: Promise<boolean>): void {
    this.held ??= [];
    this.holdingFor = save;
    this.told = save.catch(() => false).then(() => {
      if (save !== this.holdingFor) return; // a later order's save holds the queue; all is told once it is on disk
      const held = (this.held ?? []).flat();
      this.held = null;
      this.holdingFor = null;
      this.tell(held);
    });
  }

  private tell(events: readonly SimEvent[]): void {
    this.feed.push(...events);
    this.revision++;
    this.notify(events);
  }

  /** Listeners hear new events, or an empty list when only the clock changed (not while an order is being saved). */
  private notify(events: readonly SimEvent[]): void {
    if (this.held) { this.held.push(events); return; }
    for (const listener of [...this.listeners]) listener(events);
  }

  /** Saves the record now (also done on every order, on pause and every `saveEveryS` of sim time). */
  save(): void {
    this.savedAtS = this.sim.timeS();
    if (!this.store) return;
    this.lastSave = this.store.save({ schemaVersion: 1, scenarioPath: this.drill.files.scenario, mode: this.mode, team: this.team, record: this.sim.record() });
  }
}
