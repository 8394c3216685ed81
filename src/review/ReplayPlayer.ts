// A drill played again from its record: the recorded orders re-given at their times, so the state at any moment
// is the state the drill had then. Forward it runs on; backward it resumes from the nearest checkpoint it kept.
import type { Drill, DrillRecord, SimState, Simulation } from '../sim/index.ts';
import { createSimulation, resumeSimulation } from '../sim/index.ts';

/** How often (sim seconds) a snapshot is kept to seek back from. */
const checkpointEveryS = 600;

interface Checkpoint { state: SimState; nextOrder: number }

export class ReplayPlayer {
  private sim: Simulation;
  /** The index of the first recorded order not yet re-given. */
  private nextOrder = 0;
  private readonly checkpoints: Checkpoint[] = [];
  private current: SimState;

  constructor(readonly drill: Drill, readonly record: DrillRecord) {
    this.sim = createSimulation(drill, record.seed);
    this.current = this.sim.snapshot();
    this.checkpoints.push({ state: this.current, nextOrder: 0 });
  }

  /** The record's end: the replay never goes past it. */
  get endS(): number { return this.record.endS; }

  timeS(): number { return this.sim.timeS(); }

  /** The state at the replay's time (a copy taken when it last moved; do not change it). */
  state(): SimState { return this.current; }

  /** Brings the replay to `timeS` (clamped to 0 … the record's end), forward or back. */
  seek(timeS: number): void {
    const target = Math.max(0, Math.min(this.endS, Math.floor(timeS)));
    if (target < this.sim.timeS()) this.rewindTo(target);
    this.runTo(target);
    this.current = this.sim.snapshot();
  }

  private rewindTo(timeS: number): void {
    const from = this.checkpoints.filter((c) => c.state.timeS <= timeS).at(-1) ?? this.checkpoints[0]!;
    this.sim = resumeSimulation(this.drill, from.state);
    this.nextOrder = from.nextOrder;
  }

  /** Runs forward, re-giving each order at its time, and keeps a checkpoint at every multiple of checkpointEveryS. */
  private runTo(timeS: number): void {
    const orders = this.record.orders;
    while (this.sim.timeS() < timeS || (this.nextOrder < orders.length && orders[this.nextOrder]!.atS <= timeS)) {
      const order = orders[this.nextOrder];
      const nextCheckpointS = (Math.floor(this.sim.timeS() / checkpointEveryS) + 1) * checkpointEveryS;
      const stopS = Math.min(timeS, nextCheckpointS, order && order.atS <= timeS ? order.atS : Infinity);
      this.sim.advance(stopS - this.sim.timeS());
      // `<=`: an order out of time order in a hand-edited record is given late rather than looping for ever.
      if (order && order.atS <= this.sim.timeS()) {
        this.sim.dispatch(order.order);
        this.nextOrder++;
      }
      if (this.sim.timeS() === nextCheckpointS && !this.checkpoints.some((c) => c.state.timeS === nextCheckpointS)) {
        this.checkpoints.push({ state: this.sim.snapshot(), nextOrder: this.nextOrder });
      }
    }
  }
}
