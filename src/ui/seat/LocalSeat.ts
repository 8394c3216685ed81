// A team seat whose drill runs on the device itself (self-training on a phone, no hall): the same core, clocked
// by the view at the chosen speed, giving the seat its team's view only. The township's doctrine plays every other
// team (through the same orders and refusals as a person); the clock can be held at set seconds (a micro-drill's
// decision points) and waits there until the trainee goes on.
import type { DispatchResult, Doctrine, DoctrinePlayer, Drill, DrillRecord, Order, OrderOutcome, Simulation, TeamView, World } from '../../sim/index.ts';
import { createDoctrinePlayer, createSimulation, playWithDoctrine, teamsBesideRole } from '../../sim/index.ts';
import type { DrillSpeed } from '../app/DrillClock.ts';
import { DrillClock } from '../app/DrillClock.ts';
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

  constructor(readonly drill: Drill, readonly team: string, private readonly options: LocalSeatOptions) {
    this.sim = createSimulation(drill);
    this.world = this.sim.world;
    this.doctrine = options.doctrine ? createDoctrinePlayer(drill, options.doctrine, { teams: teamsBesideRole(drill, team) }) : null;
    this.latest = this.sim.viewOf(team);
    this.clock.setSpeed(options.speed);
    this.clock.resume();
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

  pause(): void { this.clock.pause(); this.refresh(); }
  resume(): void { if (!this.closed) this.clock.resume(); this.refresh(); }
  setSpeed(speed: DrillSpeed): void { this.clock.setSpeed(speed); this.refresh(); }

  give(order: Order): Promise<OrderOutcome> {
    const atS = this.sim.timeS();
    const result = this.sim.dispatch(order);
    this.options.given?.(order, result, atS);
    this.refresh();
    return Promise.resolve(result.ok ? { ok: true } : result);
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
    this.refresh();
  }

  private refresh(): void {
    this.latest = this.sim.viewOf(this.team);
    for (const listener of [...this.listeners]) listener();
  }
}
