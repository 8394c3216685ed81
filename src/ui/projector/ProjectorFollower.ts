// The projector's copy of the drill: the same core, given the same orders at the same sim seconds as the
// facilitator's window, so it reaches the same state (a drill is a pure function of scenario, seed and timed
// orders). A message that does not continue what was followed (another drill, a reload) starts it afresh. It
// computes the hall's (the command post's) view once per message.
import type { Drill, SimEvent, SimState, Simulation, TeamView, World } from '../../sim/index.ts';
import { createSimulation } from '../../sim/index.ts';
import type { DrillMessage } from './projectorLink.ts';
import { publicTeam } from './publicView.ts';

interface Followed { drill: Drill; scenarioPath: string; seed: string; sim: Simulation; state: SimState; view: TeamView; applied: DrillMessage['orders']; events: SimEvent[] }

export class ProjectorFollower {
  private followed: Followed | null = null;
  private revision = 0;

  constructor(private readonly findDrill: (scenarioPath: string) => Drill | null) {}

  drill(): Drill | null { return this.followed?.drill ?? null; }
  world(): World | null { return this.followed?.sim.world ?? null; }
  /** The latest snapshot (a copy taken once per message): the clock and status line, and the overlays' physics. */
  state(): SimState | null { return this.followed?.state ?? null; }
  /** The hall's view, computed once per message. */
  view(): TeamView | null { return this.followed?.view ?? null; }
  /** Every event so far, oldest first. */
  events(): readonly SimEvent[] { return this.followed?.events ?? []; }
  /** Goes up by one whenever the followed drill changes. */
  version(): number { return this.revision; }

  /** Brings the copy to where the message says the drill stands; false when its scenario is not in this build. */
  follow(message: DrillMessage): boolean {
    const current = this.continuing(message) ?? this.restart(message);
    if (!current) return false;
    for (const timed of message.orders.slice(current.applied.length)) {
      this.advanceTo(current, timed.atS);
      const result = current.sim.dispatch(timed.order);
      if (result.ok) current.events.push(...result.events);
      current.applied.push(timed);
    }
    this.advanceTo(current, message.timeS);
    current.state = current.sim.snapshot();
    current.view = current.sim.viewOf(publicTeam);
    this.revision++;
    return true;
  }

  forget(): void {
    this.followed = null;
    this.revision++;
  }

  /** What was followed, when the message only adds orders and time to it. */
  private continuing(message: DrillMessage): Followed | null {
    const f = this.followed;
    if (!f || f.scenarioPath !== message.scenarioPath || f.seed !== message.seed) return null;
    if (message.timeS < f.sim.timeS() || message.orders.length < f.applied.length) return null;
    const same = f.applied.every((o, i) => o.atS === message.orders[i]?.atS && JSON.stringify(o.order) === JSON.stringify(message.orders[i]?.order));
    const next = message.orders[f.applied.length];
    return same && (!next || next.atS >= f.sim.timeS()) ? f : null;
  }

  private restart(message: DrillMessage): Followed | null {
    const drill = this.findDrill(message.scenarioPath);
    if (!drill) { this.forget(); return null; }
    const sim = createSimulation(drill, message.seed);
    // A new simulation hands out its opening second again with the first advance: drain it (its record has it).
    sim.advance(0);
    this.followed = { drill, scenarioPath: message.scenarioPath, seed: message.seed, sim, state: sim.snapshot(), view: sim.viewOf(publicTeam), applied: [], events: [...sim.record().events] };
    return this.followed;
  }

  private advanceTo(f: Followed, timeS: number): void {
    if (timeS > f.sim.timeS()) f.events.push(...f.sim.advance(timeS - f.sim.timeS()));
  }
}
