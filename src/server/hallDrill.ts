// One hall drill without the network: the authoritative simulation, its clock at the director's speed, the seats,
// and the room's file. Every order and director action is written (fsync'd) before its outcome is returned, and a
// drill read back from its file (`resume`) is the same drill at its last line: same state, same record.
import type { Clock, DirectorCommand, Note } from '../hall/protocol.ts';
import type { DispatchResult, Doctrine, Drill, SimEvent, Simulation } from '../sim/index.ts';
import { createSimulation } from '../sim/index.ts';
import type { DrillLog, LogLine } from './drillLog.ts';
import { ComputerSeats } from './emptySeatPlayer.ts';
import { InjectBoard } from './injectBoard.ts';
import { PublicFeed } from './publicFeed.ts';
import type { Seat } from './seatRegistry.ts';
import { SeatRegistry } from './seatRegistry.ts';

export type Opening = Extract<LogLine, { kind: 'opened' }>;
/** Sim seconds between the clock lines of the file (where a restarted room's clock picks up when no order came). */
const clockLineEveryS = 60;
/** The director's commands that are the core's facilitator orders, so they go into the drill's record. */
export type FacilitatorCommand = Extract<DirectorCommand, { kind: 'fireInject' | 'skipInject' | 'deferInject' | 'curveball' }>;

export class HallDrill {
  readonly sim: Simulation;
  readonly seats = new SeatRegistry();
  readonly publicFeed = new PublicFeed();
  readonly injectBoard: InjectBoard;
  readonly notes: Note[] = [];
  /** Teams the director let the computer hold while no phone holds them. */
  readonly computerTeams = new Set<string>();
  speed: number;
  paused = true;
  ended = false;
  private carriedMs = 0;
  private lastClockLineS = 0;
  /** Whether a phone of the team is connected now (then the computer leaves the team to it). */
  heldByPhone: (team: string) => boolean = () => false;
  private readonly computer: ComputerSeats;
  /** Whether the computer's orders are given (live) or only decided (a room read back from its file, which holds them). */
  private replaying = false;
  /** Called with every batch of the drill's events (the room publishes reports to the county from it). */
  onEvents: (events: readonly SimEvent[]) => void = () => {};

  constructor(readonly drill: Drill, readonly opening: Opening, private readonly log: DrillLog, doctrine: Doctrine | null = null) {
    this.sim = createSimulation(drill, opening.seed);
    this.computer = new ComputerSeats(drill, doctrine, opening.seed);
    this.speed = opening.speed;
    this.injectBoard = new InjectBoard(drill);
    this.observe(this.sim.record().events);
  }

  /** A drill read back from its file's lines (the opening first): every order again at its time, seats, locks, notes. */
  static resume(drill: Drill, lines: readonly LogLine[], log: DrillLog, doctrine: Doctrine | null = null): HallDrill {
    const [opening] = lines;
    if (opening?.kind !== 'opened') throw new Error(`${log.path}: the first line is not the room's opening`);
    const hall = new HallDrill(drill, opening, log, doctrine);
    hall.replaying = true;
    for (const line of lines.slice(1)) hall.replayLine(line);
    hall.replaying = false;
    return hall;
  }

  private replayLine(line: LogLine): void {
    if ('atS' in line) this.advanceTo(line.atS);
    if (line.kind === 'order') this.observe(this.dispatchNow(line.order));
    if (line.kind === 'director') this.applyDirector(line.command);
    if (line.kind === 'seat') this.seats.restore({ seat: line.seat, team: line.team, tokenHash: line.tokenHash, label: line.label });
    if (line.kind === 'note') this.notes.push(line.note);
    if (line.kind === 'ended') this.ended = true;
  }

  /** When the drill ends: the scenario's end, or the director's earlier one. */
  get endS(): number {
    return Math.min(this.drill.scenario.durationS, this.opening.untilS ?? Infinity);
  }

  clock(): Clock {
    return { timeS: this.sim.timeS(), durationS: this.endS, speed: this.speed, paused: this.paused, ended: this.ended };
  }

  /**
   * Gives an order now, writes it, and returns its outcome and events. `seat` is null for the director's orders.
   * With `durable: false` the line is written but not yet synced: call `sync()` before telling anyone the outcome
   * (the room syncs once for all the orders that arrived together).
   */
  order(seat: number | null, order: unknown, options: { durable: boolean; computer?: boolean } = { durable: true }): { atS: number; result: DispatchResult } {
    const atS = this.sim.timeS();
    const result = this.sim.dispatch(order);
    this.log.append({ kind: 'order', atS, seat, order, ...(options.computer ? { computer: true as const } : {}) }, options.durable);
    if (result.ok) this.observe(result.events);
    return { atS, result };
  }

  /** The director's orders to the core (injects, curveballs), given as the facilitator. */
  facilitatorOrder(command: FacilitatorCommand): { atS: number; result: DispatchResult } {
    const by = 'facilitator';
    switch (command.kind) {
      case 'fireInject': return this.order(null, { type: 'fireInject', by, inject: command.inject });
      case 'skipInject': return this.order(null, { type: 'skipInject', by, inject: command.inject });
      case 'deferInject': return this.order(null, { type: 'deferInject', by, inject: command.inject, dueS: command.dueS });
      case 'curveball': return this.order(null, { type: 'addIncident', by, template: command.template, at: command.at });
    }
  }

  /** The director's other commands (clock, locks, seats): written, then applied. */
  director(command: Exclude<DirectorCommand, FacilitatorCommand>): void {
    this.log.append({ kind: 'director', atS: this.sim.timeS(), command });
    this.applyDirector(command);
  }

  private applyDirector(command: DirectorCommand): void {
    if (command.kind === 'start') this.paused = false;
    if (command.kind === 'pause') this.paused = true;
    if (command.kind === 'speed') this.speed = command.speed;
    if (command.kind === 'lockTeam') this.seats.setLocked(command.team, command.locked);
    if (command.kind === 'moveSeat') this.seats.move(command.seat, command.team);
    if (command.kind === 'computerHolds' && command.holds) this.computerTeams.add(command.team);
    if (command.kind === 'computerHolds' && command.holds) this.computer.watch(command.team);
    if (command.kind === 'computerHolds' && !command.holds) this.computerTeams.delete(command.team);
    if (command.kind === 'end') this.finish();
  }

  addSeat(team: string, label: string | null): { seat: Seat; token: string } {
    const added = this.seats.add(team, label);
    this.log.append({ kind: 'seat', seat: added.seat.seat, team, tokenHash: added.seat.tokenHash, label });
    return added;
  }

  addNote(note: Note): void {
    this.log.append({ kind: 'note', note });
    this.notes.push(note);
  }

  /** Moves the clock by `wallMs` of wall time at the drill's speed; returns the events, [] while paused or ended. */
  runFor(wallMs: number): SimEvent[] {
    if (this.paused || this.ended) return [];
    this.carriedMs += wallMs * this.speed;
    const seconds = Math.min(Math.floor(this.carriedMs / 1000), this.endS - this.sim.timeS());
    this.carriedMs -= seconds * 1000;
    const events = this.advanceTo(this.sim.timeS() + seconds);
    if (this.sim.timeS() - this.lastClockLineS >= clockLineEveryS) {
      this.lastClockLineS = this.sim.timeS();
      this.log.append({ kind: 'clock', atS: this.sim.timeS() }, false);
    }
    if (this.sim.timeS() >= this.endS) this.finish();
    return events;
  }

  /**
   * Moves the clock to `timeS`, stopping at each second the computer's teams must be asked at (after the clock has
   * moved there, never at the second it started from), so that what the computer does depends on the drill only.
   */
  private advanceTo(timeS: number): SimEvent[] {
    const events: SimEvent[] = [];
    while (this.sim.timeS() < timeS) {
      const nowS = this.sim.timeS();
      const moved = this.sim.advance(Math.max(1, Math.min(timeS, this.computer.nextDueS()) - nowS));
      this.observe(moved);
      events.push(...moved);
      events.push(...this.playComputerSeats());
    }
    return events;
  }

  /** The computer's orders due now, given as their team for the teams it holds and no phone does (while live). */
  private playComputerSeats(): SimEvent[] {
    const due = this.computer.ordersDue(this.sim);
    if (this.replaying) return [];
    const events: SimEvent[] = [];
    for (const { team, order } of due) {
      if (!this.computerTeams.has(team) || this.heldByPhone(team)) continue;
      const { result } = this.order(null, order, { durable: true, computer: true });
      if (result.ok) events.push(...result.events);
    }
    return events;
  }

  private dispatchNow(order: unknown): SimEvent[] {
    const result = this.sim.dispatch(order);
    return result.ok ? result.events : [];
  }

  private observe(events: readonly SimEvent[]): void {
    if (events.length === 0) return;
    this.publicFeed.observe(events);
    this.injectBoard.observe(events);
    this.onEvents(events);
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.paused = true;
    this.log.append({ kind: 'ended', atS: this.sim.timeS() });
  }

  /** Every line written so far is on the disk once this returns. */
  sync(): void {
    this.log.sync();
  }

  /** Calls `done` once every line written so far is on the disk, without blocking meanwhile. */
  syncLater(done: (error: Error | null) => void): void {
    this.log.syncLater(done);
  }

  close(): void {
    this.log.close();
  }
}
