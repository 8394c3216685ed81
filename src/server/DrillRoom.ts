// A hall drill as a Colyseus room: its id is its PIN; it admits the director (key), seats (team or seat token),
// the projector and evaluators (key), checks every message against the protocol, and sends each client only what
// its role may see — a seat its own team's view, never the truth, upcoming injects or another team's messages.
import { Room, ServerError } from '@colyseus/core';
import type { Client } from '@colyseus/core';
import type { DirectorViewMessage, HallRefusal, HallRefusalCode, OpenedMessage, Role, WelcomeMessage } from '../hall/protocol.ts';
import { JoinRoom, OpenRoom } from '../hall/protocol.ts';
import type { RoomLook } from '../hall/roomCheck.ts';
import { viewTeams } from '../sim/index.ts';
import { countyChannel, countyReports } from './countyReports.ts';
import { DrillLog, readLog, repairTail, roomLogPath } from './drillLog.ts';
import { freshPin } from './freshPin.ts';
import { HallDrill } from './hallDrill.ts';
import type { HallConfig } from './hallConfig.ts';
import { GroupCommit } from './GroupCommit.ts';
import { MessageBudget } from './messageBudget.ts';
import { receiveMessage } from './roomMessages.ts';
import { scenarioDrill } from './scenarioDrill.ts';
import { newSecret, sameSecret } from './seatRegistry.ts';
import type { DrillEnd } from './endOfDrill.ts';
import { sendScore, tellEnd } from './endOfDrill.ts';
import { publicTeam } from '../ui/projector/publicView.ts';
import { roomDoctrine } from './emptySeatPlayer.ts';
import { SeatViews } from './SeatViews.ts';

export interface Caller {
  role: Role; seat: number | null; team: string | null; budget: MessageBudget;
  /** An evaluator's name as they joined with it (their notes carry it unless a note names its evaluator). */
  label?: string | null;
}
export type HallClient = Client<Caller, Caller>;

/** Wall milliseconds between clock steps, and between the pushes of views while the drill runs (a seat also gets its
 *  view at once after each of its team's orders). */
const stepMs = 100;
const viewEveryMs = 1000;
const directorViewEveryMs = 1000;

/** PINs this process may reopen from its data folder (filled at start-up only: a client cannot ask for one). */
export const reopenable = new Set<string>();

export const refusalError = (code: HallRefusalCode, params: HallRefusal['params'] = {}) => new ServerError(4215, JSON.stringify({ code, params }));

export class DrillRoom extends Room<object, unknown, Caller, Caller> {
  hall!: HallDrill;
  private config!: HallConfig;
  private openerJoined = false;
  private lastStepMs = Date.now();
  private lastViewMs = 0;
  private lastDirectorViewMs = 0;
  private dirty = true;
  /** How the drill ended, once it has: told again to whoever joins after the end. */
  private end: DrillEnd | null = null;
  /** What each team's seats were last sent, so they are sent only what changed. */
  private seatViews!: SeatViews;
  /** Outcomes waiting for their orders' lines to reach the disk; then their teams' views are sent. */
  private commits!: GroupCommit;
  /** Views asked for while an order's line was not yet on the disk, sent once it is (null teams: every team). */
  private held: { teams: Set<string> | null; whole: HallClient[]; director: boolean } | null = null;

  override async onCreate(options: { hall: HallConfig; reopen?: string } & Record<string, unknown>) {
    this.config = options.hall;
    this.autoDispose = false;
    const { hall: _hall, reopen, ...clientOptions } = options;
    if (typeof reopen === 'string' && reopenable.delete(reopen)) this.reopen(reopen);
    else await this.open(clientOptions);
    this.seatViews = new SeatViews((teams) => this.hall.sim.viewsOf(teams));
    this.commits = new GroupCommit((done) => this.hall.syncLater(done), (teams) => this.sendHeld(teams));
    this.hall.heldByPhone = (team) => this.clients.some((c) => c.userData?.role === 'seat' && c.userData.team === team);
    this.hall.onEvents = (events) => {
      this.dirty = true;
      for (const report of countyReports(this.hall.sim, this.roomId, events)) void this.presence.publish(countyChannel(this.hall.opening.county), report);
    };
    // Everything a client sends is checked in one place (roomMessages.ts).
    this.onMessage('*', (client: HallClient, type: string | number, message: unknown) => receiveMessage(this, client, type, message));
    this.clock.setInterval(() => this.step(), stepMs);
    await this.publishLook();
  }

  /** What the join page's look at the room answers (`GET /hall/rooms/<PIN>`): kept as the room's metadata, so any
   *  process of a county answers it; published again whenever a lock or the end changes it. */
  publishLook(): Promise<void> {
    const look: RoomLook = { scenario: this.hall.opening.scenario, teams: this.seatTeams(), lockedTeams: this.hall.seats.lockedTeams(), ended: this.hall.ended };
    return this.setMetadata(look);
  }

  private async open(options: Record<string, unknown>): Promise<void> {
    const parsed = OpenRoom.safeParse(options);
    if (!parsed.success) throw refusalError('malformed-message', { detail: parsed.error.issues[0]?.message ?? '' });
    const loaded = scenarioDrill(this.config.scenariosFolder, parsed.data.scenario);
    if (!loaded.ok) throw refusalError('unknown-scenario', { detail: parsed.data.scenario });
    const pin = await freshPin(this.config.dataFolder);
    this.roomId = pin;
    const opening = {
      kind: 'opened' as const, pin, scenario: parsed.data.scenario, seed: parsed.data.seed ?? String(loaded.drill.scenario.seed),
      speed: parsed.data.speed ?? 1, county: parsed.data.county ?? 'county', ...(parsed.data.untilS ? { untilS: parsed.data.untilS } : {}), directorKey: newSecret(), evaluatorKey: newSecret(), wallTime: new Date().toISOString(),
    };
    const log = new DrillLog(roomLogPath(this.config.dataFolder, pin));
    log.append(opening);
    this.hall = new HallDrill(loaded.drill, opening, log, this.doctrineOf(opening.scenario, loaded.drill));
  }

  private reopen(pin: string): void {
    const path = roomLogPath(this.config.dataFolder, pin);
    repairTail(path);
    const lines = readLog(path);
    const opening = lines[0];
    if (opening?.kind !== 'opened') throw new Error(`${path}: the first line is not the room's opening`);
    const loaded = scenarioDrill(this.config.scenariosFolder, opening.scenario);
    if (!loaded.ok) throw new Error(`${path}: ${loaded.problem}`);
    this.roomId = pin;
    this.openerJoined = true;
    this.hall = HallDrill.resume(loaded.drill, lines, new DrillLog(path), this.doctrineOf(opening.scenario, loaded.drill));
  }

  /** The township's doctrine the computer plays empty seats by; none (said once on the console) leaves them empty. */
  private doctrineOf(scenario: string, drill: HallDrill['drill']) {
    const { doctrine, problem } = roomDoctrine(this.config.scenariosFolder, scenario, drill);
    if (problem !== null) console.warn(`room ${this.roomId}: the computer cannot hold empty seats: ${problem}`);
    return doctrine;
  }

  override onAuth(_client: HallClient, options: unknown): Caller {
    const budget = new MessageBudget(Date.now());
    const join = JoinRoom.safeParse(options);
    if (!join.success) {
      if (!this.openerJoined && OpenRoom.safeParse(options).success) {
        this.openerJoined = true;
        return { role: 'director', seat: null, team: null, budget };
      }
      throw refusalError('malformed-message', { detail: join.error.issues[0]?.message ?? '' });
    }
    const opening = this.hall.opening;
    switch (join.data.role) {
      case 'projector': return { role: 'projector', seat: null, team: null, budget };
      case 'director':
        if (!sameSecret(join.data.directorKey, opening.directorKey)) throw refusalError('wrong-key');
        return { role: 'director', seat: null, team: null, budget };
      case 'evaluator':
        if (!sameSecret(join.data.evaluatorKey, opening.evaluatorKey)) throw refusalError('wrong-key');
        return { role: 'evaluator', seat: null, team: null, budget, label: join.data.label ?? null };
      case 'seat': return this.seatFor(join.data, budget);
    }
  }

  private seatFor(join: Extract<JoinRoom, { role: 'seat' }>, budget: MessageBudget): Caller {
    if (join.seatToken !== undefined) {
      const seat = this.hall.seats.byToken(join.seatToken);
      if (!seat) throw refusalError('seat-token-unknown');
      return { role: 'seat', seat: seat.seat, team: seat.team, budget };
    }
    const team = join.team;
    if (team === undefined || !this.seatTeams().includes(team)) throw refusalError('unknown-team', { team });
    if (this.hall.seats.isLocked(team)) throw refusalError('team-locked', { team });
    if (this.hall.ended) throw refusalError('drill-ended');
    return { role: 'seat', seat: null, team, budget };
  }

  override onJoin(client: HallClient, options: unknown, caller: Caller) {
    client.userData = caller;
    const { opening } = this.hall;
    let seatToken: string | null = null;
    if (caller.role === 'seat' && caller.seat === null) {
      const label = JoinRoom.safeParse(options).data;
      const added = this.hall.addSeat(caller.team!, label?.role === 'seat' ? label.label ?? null : null);
      caller.seat = added.seat.seat;
      seatToken = added.token;
    }
    if (caller.role === 'director' && OpenRoom.safeParse(options).success) {
      client.send('opened', { pin: this.roomId, directorKey: opening.directorKey, evaluatorKey: opening.evaluatorKey, scenario: opening.scenario } satisfies OpenedMessage);
    }
    client.send('welcome', { role: caller.role, pin: this.roomId, scenario: opening.scenario, team: caller.team, seat: caller.seat, seatToken } satisfies WelcomeMessage);
    this.sendViews(new Set(caller.team === null ? [] : [caller.team]), [client]);
    this.sendDirectorViews();
    if (this.end) tellEnd(client, this.end);
  }

  override onLeave() {
    this.sendDirectorViews();
  }

  private step(): void {
    const now = Date.now();
    const events = this.hall.runFor(now - this.lastStepMs);
    this.lastStepMs = now;
    if (events.length > 0) this.dirty = true;
    if (this.hall.ended && !this.autoDispose) {
      this.autoDispose = true;
      void this.publishLook();
      this.sendViews(null);
      this.sendDirectorViews(true);
      this.end = sendScore(this);
      return;
    }
    if (now - this.lastViewMs >= viewEveryMs && (this.dirty || !this.hall.paused)) {
      this.lastViewMs = now;
      this.dirty = false;
      this.sendViews(null);
    }
    if (now - this.lastDirectorViewMs >= directorViewEveryMs) this.sendDirectorViews();
  }

  /**
   * The seats of `teams` (every team when null) what changed in their team's view, the `whole` clients their whole
   * view; the projector the public view when every team is brought up to date, or when it is the one joining.
   */
  sendViews(teams: ReadonlySet<string> | null, whole: readonly HallClient[] = []): void {
    if (!this.commits.idle()) return this.hold(teams, whole, false);
    const clock = this.hall.clock();
    const computed = this.seatViews.push(this.clients, clock, teams, whole);
    const projectors = this.clients.filter((c) => c.userData?.role === 'projector' && (teams === null || whole.includes(c)));
    if (projectors.length === 0) return;
    const message = this.hall.publicFeed.view(computed.get(publicTeam) ?? this.hall.sim.viewOf(publicTeam), clock);
    for (const client of projectors) client.send('public.view', message);
  }

  /** A seat that missed a version of its view, or could not apply a patch, gets the whole view again. */
  resendView(client: HallClient): void {
    const team = client.userData?.team;
    if (client.userData?.role === 'seat' && team != null) this.sendViews(new Set([team]), [client]);
  }

  /** The truth, the inject board and the seats to the director and evaluators (at most once a second unless `now`). */
  sendDirectorViews(now = true): void {
    const watchers = this.clients.filter((c) => c.userData?.role === 'director' || c.userData?.role === 'evaluator');
    this.lastDirectorViewMs = Date.now();
    if (watchers.length === 0 || !now) return;
    if (!this.commits.idle()) return this.hold(new Set(), [], true);
    const connected = new Set(this.clients.flatMap((c) => (c.userData?.seat ? [c.userData.seat] : [])));
    const message: DirectorViewMessage = {
      truth: this.hall.sim.viewOf('facilitator'), injects: this.hall.injectBoard.list(), seats: this.hall.seats.list(connected),
      lockedTeams: this.hall.seats.lockedTeams(), clock: this.hall.clock(), notes: [...this.hall.notes], computerTeams: [...this.hall.computerTeams].sort(),
    };
    for (const client of watchers) client.send('director.view', message);
  }

  /** Views asked for while an order's line is not on the disk yet: every view holds the outcomes of the orders. */
  private hold(teams: ReadonlySet<string> | null, whole: readonly HallClient[], director: boolean): void {
    const held = this.held ?? { teams: new Set<string>(), whole: [], director: false };
    if (teams === null) held.teams = null;
    else for (const team of teams) held.teams?.add(team);
    held.whole.push(...whole);
    held.director ||= director;
    this.held = held;
  }

  /** Every order's line is on the disk: the views of the teams whose orders were told, and those held meanwhile. */
  private sendHeld(settled: ReadonlySet<string>): void {
    const held = this.held;
    this.held = null;
    this.sendViews(held?.teams === null ? null : new Set([...settled, ...(held?.teams ?? [])]), held?.whole ?? []);
    if (held?.director) this.sendDirectorViews();
  }

  /**
   * Runs `tell` (an order's outcome) once the room's file is synced, then sends `team`'s seats what changed. The
   * orders that arrive while one fsync is under way share the next (GroupCommit.ts): never told before on disk.
   */
  afterSync(team: string, tell: () => void): void {
    this.commits.after(team, tell);
  }

  /** The teams a seat may hold: every team of the drill but the facilitator's. */
  seatTeams(): string[] {
    return viewTeams(this.hall.drill).filter((t) => t !== 'facilitator');
  }

  /** The phones of a moved seat now play for its new team: told so, with the new team's view. */
  moveSeat(seat: number, team: string): void {
    const moved = this.clients.filter((c) => c.userData?.seat === seat);
    for (const client of moved) {
      client.userData!.team = team;
      const { opening } = this.hall;
      client.send('welcome', { role: 'seat', pin: this.roomId, scenario: opening.scenario, team, seat, seatToken: null } satisfies WelcomeMessage);
    }
    this.sendViews(new Set([team]), moved);
  }

  override onDispose() {
    this.hall?.close();
  }
}
