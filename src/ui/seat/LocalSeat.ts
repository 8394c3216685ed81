// A team seat whose drill runs on the device itself (self-training on a phone, no hall): the same core, clocked
// by the view at the chosen speed, giving the seat its team's view only. The other teams do nothing until the
// doctrine plays them.
import type { Drill, Order, OrderOutcome, Simulation, TeamView, World } from '../../sim/index.ts';
import { createSimulation } from '../../sim/index.ts';
import type { DrillSpeed } from '../app/DrillClock.ts';
import { DrillClock } from '../app/DrillClock.ts';
import type { SeatConnection, SeatSource } from './seatSource.ts';

/** Real milliseconds between two clock frames. */
const frameMs = 250;

export class LocalSeat implements SeatSource {
  readonly world: World;
  private readonly sim: Simulation;
  private readonly clock = new DrillClock();
  private latest: TeamView;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private closed = false;

  constructor(readonly drill: Drill, readonly team: string, speed: DrillSpeed) {
    this.sim = createSimulation(drill);
    this.world = this.sim.world;
    this.latest = this.sim.viewOf(team);
    this.clock.setSpeed(speed);
    this.clock.resume();
    this.timer = setInterval(() => this.frame(), frameMs);
  }

  view(): TeamView { return this.latest; }
  running(): boolean { return !this.clock.paused && !this.closed; }
  connection(): SeatConnection { return this.closed ? 'closed' : 'connected'; }

  give(order: Order): Promise<OrderOutcome> {
    const result = this.sim.dispatch(order);
    this.refresh();
    return Promise.resolve(result.ok ? { ok: true } : result);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  leave(): void {
    this.closed = true;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.refresh();
  }

  private frame(): void {
    const endS = this.drill.scenario.durationS;
    const seconds = Math.min(this.clock.frame(frameMs), endS - this.sim.timeS());
    if (seconds <= 0) { if (this.sim.timeS() >= endS) this.leave(); return; }
    this.sim.advance(seconds);
    this.refresh();
  }

  private refresh(): void {
    this.latest = this.sim.viewOf(this.team);
    for (const listener of [...this.listeners]) listener();
  }
}
