// A micro-drill played on the device with its coaching, without the DOM: the seat runs the drill with the doctrine
// playing every other team, the clock stops at each decision point until the trainee goes on, each accepted order of
// the trainee's gets its feedback (once it is saved), and at the end the role alone is scored and the attempt kept.
// With a store, the run is saved as it grows — its record, hints or test, speed and the cards up — so a reload resumes
// it where it was (`CoachSession.resume`), and its end is counted in the progress once. What the screen shows of it
// (and whether hints show at all) is decided in coachCards.ts and roleReviewCards.ts.
import type { DecisionPoint, DispatchResult, Doctrine, Drill, DrillScore, Order, OrderFeedback, SimEvent } from '../../sim/index.ts';
import { decisionPointsBetween, orderFeedback, scoreRecord } from '../../sim/index.ts';
import type { DrillSpeed } from '../app/DrillClock.ts';
import type { DrillStore } from '../app/drillStore.ts';
import type { SavedDrill } from '../app/savedDrill.ts';
import { LocalSeat } from '../seat/LocalSeat.ts';
import type { SavedCoach } from './savedCoach.ts';
import { newRunId } from './savedCoach.ts';
import type { TrainingAttempt, TrainingMode } from './trainingResult.ts';
import { trainingAttempt } from './trainingResult.ts';

/** The last accepted order of the trainee's and what it did. */
export interface GivenOrder { atS: number; order: Order; feedback: OrderFeedback[]; events: SimEvent[] }

/** Which run a finished attempt ends: a run is counted in the progress once, however often it is resumed. */
export interface FinishedRun { runId: string }

/** Keeps a finished attempt in the trainee's progress (the progress store's `keepFinishedMicroDrill`). */
export type KeepFinishedAttempt = (attempt: TrainingAttempt, run: FinishedRun) => Promise<void>;

export interface CoachOptions {
  drill: Drill;
  /** The township's doctrine for the other teams; null leaves them doing nothing. */
  doctrine: Doctrine | null;
  /** The team the trainee plays (the micro-drill's own by default). */
  team: string;
  mode: TrainingMode;
  speed: DrillSpeed;
  /** Names this run (saved with it); one is made when absent. */
  runId?: string;
  /** Keeps the run as it grows so a reload can resume it (the micro-drill's slot); absent, it lives in memory only. */
  store?: Pick<DrillStore, 'save'>;
  /** Keeps the finished attempt; absent, nothing is kept. */
  save?: KeepFinishedAttempt;
  /** The wall clock's time as ISO text, for the attempt (the view's, never the core's). */
  now?: () => string;
}

export class CoachSession {
  readonly seat: LocalSeat;
  readonly runId: string;
  private readonly asking: DecisionPoint[] = [];
  private lastGiven: GivenOrder | null = null;
  private finalScore: DrillScore | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: CoachOptions, resumed: { saved: SavedDrill; coach: SavedCoach } | null = null) {
    this.runId = options.runId ?? resumed?.coach.runId ?? newRunId(Date.now(), Math.random);
    const points = options.drill.scenario.training?.decisionPoints ?? [];
    for (const id of resumed?.coach.cardsUp ?? []) {
      const point = points.find((p) => p.id === id);
      if (point) this.asking.push(point);
    }
    const { store } = options;
    this.seat = new LocalSeat(options.drill, options.team, {
      speed: options.speed, doctrine: options.doctrine,
      holdAt: (fromS, toS) => this.holdAt(fromS, toS),
      given: (order, result, atS) => this.heard(order, result, atS),
      ...(store ? { keep: (record) => store.save({ schemaVersion: 1, scenarioPath: options.drill.files.scenario, mode: 'training', team: options.team, record, coach: this.coachPart() }) } : {}),
      ...(resumed ? { from: resumed.saved.record } : {}),
    });
    this.seat.subscribe(() => this.seatChanged());
    if (!resumed) void this.seat.save(); // a new run replaces any run kept before (the page has asked)
  }

  /** The saved run brought back where it was: the same drill, seed, orders, hints or test, speed and cards; paused. */
  static resume(options: Omit<CoachOptions, 'mode' | 'speed' | 'runId'>, saved: SavedDrill): CoachSession | null {
    const coach = saved.coach;
    if (!coach || saved.team !== options.team) return null;
    return new CoachSession({ ...options, mode: coach.mode, speed: coach.speed, runId: coach.runId }, { saved, coach });
  }

  get mode(): TrainingMode { return this.options.mode; }
  get team(): string { return this.options.team; }
  /** The decision point whose card is up (the clock waits), or null. */
  card(): DecisionPoint | null { return this.asking[0] ?? null; }
  /** The trainee's last accepted order with its feedback, until dismissed. */
  given(): GivenOrder | null { return this.lastGiven; }
  /** The role's score once the drill has ended, else null. */
  score(): DrillScore | null { return this.finalScore; }

  /** The trainee has answered the card: the next one at the same second, or the clock goes on. */
  goOn(): void {
    this.asking.shift();
    void this.seat.save(); // a reload does not ask an answered card again
    if (this.asking.length === 0) this.seat.resume();
    else this.notify();
  }

  dismissFeedback(): void {
    this.lastGiven = null;
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  leave(): void { this.seat.leave(); }

  private coachPart(): SavedCoach {
    return { runId: this.runId, mode: this.options.mode, speed: this.seat.speed(), cardsUp: this.asking.map((p) => p.id) };
  }

  /** The first decision point in (fromS, toS]: the clock stops there, and every card of that second is asked. */
  private holdAt(fromS: number, toS: number): number | null {
    const due = decisionPointsBetween(this.options.drill, fromS, toS);
    const first = due[0];
    if (!first) return null;
    this.asking.push(...due.filter((p) => p.atS === first.atS));
    return first.atS;
  }

  /** An accepted order of the trainee's gets its feedback once it is saved (a refusal is told on the seat's outcome line). */
  private heard(order: Order, result: DispatchResult, atS: number): void {
    if (!result.ok) return;
    const given = { atS, order, feedback: orderFeedback(this.options.drill, this.seat.record(), this.options.team, order, atS), events: result.events };
    void this.seat.durable().then(() => {
      this.lastGiven = given;
      this.notify();
    });
  }

  private seatChanged(): void {
    if (this.finalScore === null && this.seat.ended()) this.finish();
    this.notify();
  }

  private finish(): void {
    const record = this.seat.record();
    this.finalScore = scoreRecord(this.options.drill, record, null, { role: this.options.team });
    this.asking.length = 0;
    this.lastGiven = null;
    const finishedAtIso = this.options.now?.() ?? new Date().toISOString();
    const attempt = trainingAttempt({ record, score: this.finalScore, role: this.options.team, mode: this.options.mode, finishedAtIso });
    // The progress store tells the trainee itself when the device refuses to keep an attempt.
    this.options.save?.(attempt, { runId: this.runId }).catch(() => undefined);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
