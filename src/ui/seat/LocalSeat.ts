// A team seat whose drill runs on the device itself (self-training on a phone, no hall): the same core, clocked
// by the view at the chosen speed, giving the seat its team's view only. The township's doctrine plays every other
// team (through the same orders and refusals as a person); the clock can be held at set seconds (a micro-drill's
// decision points) and waits there until the trainee goes on. With `keep`, the record is saved as it grows and an
// accepted order is acknowledged — its outcome, and the view it changed — only once the save holding it resolves
// (issue #17, as the hall drill's DrillSession); a saved record brings the seat back where it was (localPlay.ts).
import type { DispatchResult, Doctrine, DoctrinePlayer, Drill, DrillRecord, Order, OrderOutcome, Simulation, TeamView, World } from '../../sim/index.ts';
import { createDoctrinePlayer, playWithDoctrine, teamsBesideRole } from '../../sim/index.ts';
import type { DrillSpeed } from '../app/DrillClock.ts';
import { DrillClock } from '../app/DrillClock.ts';
import { saveEveryS } from '../app/DrillSession.ts';
import { resumedPlay, startedPlay } from './localPlay.ts';
import type { SeatConnection, SeatSource } from './seatSource.ts';

/** Real milliseconds between two clock frames. */
const frameMs = 250;

export interface LocalSeatOptions {
  speed: DrillSpeed;
  /** The township's doctrine, playing every team but this one; null leaves them doing nothing. */
  doctrine: Doctrine | null;
  /** The first second in (fromS, toS] the clock must stop at, or null: it stops there and waits for `resume`. */
  holdAt?: (fromS: number, toS: number) => number | null;
  /** Hears each order the seat gave, with the core's result and the second it was given at. */
  given?: (order: Order, result: DispatchResult, atS: number) => void;
  /**
   * Keeps the record as it grows (with every accepted order, at every stop of the clock and every `saveEveryS` of sim
   * time until the end; its owner saves it first); resolves true once on disk, false when storage refused it. Absent:
   * in memory only.
   */
  keep?: (record: DrillRecord) => Promise<boolean>;
  /** A record kept earlier: the drill is brought back to where it was and waits, paused, for `resume`. */
  from?: DrillRecord;
}

export class LocalSeat implements SeatSource {
  readonly world: World;
  private readonly sim: Simulation;
  private readonly clock = new DrillClock();
  private readonly doctrine: DoctrinePlayer | null;
  private latest: TeamView;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private closed = false;
  private savedAtS: number;
  /** The save an accepted order waits for: until it settles the seat tells nothing new. */
  private holding: Promise<boolean> | null = null;

  constructor(readonly drill: Drill, readonly team: string, private readonly options: LocalSeatOptions) {
    const { from } = options;
    this.doctrine = options.doctrine
      ? createDoctrinePlayer(drill, options.doctrine, { teams: teamsBesideRole(drill, team), seed: from?.seed ?? drill.scenario.seed })
      : null;
    this.sim = from ? resumedPlay(drill, from, this.doctrine) : startedPlay(drill, this.doctrine);
    this.world = this.sim.world;
    this.latest = this.sim.viewOf(team);
    this.savedAtS = this.sim.timeS();
    this.clock.setSpeed(options.speed);
    if (!from) this.clock.resume();
    this.timer = setInterval(() => this.frame(), frameMs);
  }

  view(): TeamView { return this.latest; }
  running(): boolean { return !this.clock.paused && !this.closed; }
  connection(): SeatConnection { return this.closed ? 'closed' : 'connected'; }
  speed(): DrillSpeed { return this.clock.speed; }
  /** Whether the drill has reached its end. */
  ended(): boolean { return this.sim.timeS() >= this.drill.scenario.durationS; }
  /** The drill's record so far: every order (the doctrine's too) with its time and outcome, every event. */
  record(): DrillRecord { return this.sim.record(); }

  pause(): void { this.clock.pause(); void this.save(); this.refresh(); }
  resume(): void { if (!this.closed) this.clock.resume(); this.refresh(); }
  setSpeed(speed: DrillSpeed): void { this.clock.setSpeed(speed); void this.save(); this.refresh(); }

  /** An accepted order is acknowledged once the record holding it is saved (at once when nothing keeps it). */
  give(order: Order): Promise<OrderOutcome> {
    const atS = this.sim.timeS();
    const result = this.sim.dispatch(order);
    const told = result.ok ? this.holdUntilSaved() : Promise.resolve();
    this.options.given?.(order, result, atS);
    this.refresh();
    return told.then(() => (result.ok ? { ok: true } : result));
  }

  /** Resolves once the last accepted order is saved (or storage refused it) and what it changed has been told. */
  durable(): Promise<void> {
    return this.holding ? this.holding.then(() => undefined) : Promise.resolve();
  }

  /**
   * Saves the record now (nothing once the drill has ended: its end is kept with its result, never as a drill to resume).
   * Resolves true once on disk, false when refused or when nothing keeps it.
   */
  save(): Promise<boolean> {
    if (!this.options.keep || this.ended()) return Promise.resolve(false);
    this.savedAtS = this.sim.timeS();
    return this.options.keep(this.sim.record()).catch(() => false);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  leave(): void {
    this.closed = true;
    this.clock.pause();
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.refresh();
  }

  private frame(): void {
    const endS = this.drill.scenario.durationS;
    const fromS = this.sim.timeS();
    let toS = Math.min(fromS + this.clock.frame(frameMs), endS);
    if (toS <= fromS) { if (fromS >= endS) this.leave(); return; }
    const holdS = this.options.holdAt?.(fromS, toS) ?? null;
    if (holdS !== null) toS = holdS;
    if (this.doctrine) playWithDoctrine(this.sim, this.doctrine, toS);
    else this.sim.advance(toS - fromS);
    if (holdS !== null) this.clock.pause();
    if (holdS !== null || this.sim.timeS() - this.savedAtS >= saveEveryS) void this.save();
    this.refresh();
  }

  /** Saves with the order just given; until that settles nothing new is told, then all of it at once. */
  private holdUntilSaved(): Promise<boolean> {
    if (!this.options.keep) return Promise.resolve(true);
    const saved = this.save();
    this.holding = saved;
    return saved.then((ok) => {
      if (this.holding === saved) {
        this.holding = null;
        this.refresh();
      }
      return ok;
    });
  }

  private refresh(): void {
    if (this.holding) return; // told once the order's save settles
    this.latest = this.sim.viewOf(this.team);
    for (const listener of [...this.listeners]) listener();
  }
}
