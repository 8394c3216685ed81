// A micro-drill played on the device with its coaching, without the DOM: the seat runs the drill with the doctrine
// playing every other team, the clock stops at each decision point until the trainee goes on, each accepted order of
// the trainee's gets its feedback, and at the end the role alone is scored and the attempt kept. What the screen
// shows of it (and whether hints show at all) is decided in coachCards.ts and roleReviewCards.ts.
import type { DecisionPoint, DispatchResult, Doctrine, Drill, DrillScore, Order, OrderFeedback, SimEvent } from '../../sim/index.ts';
import { decisionPointsBetween, orderFeedback, scoreRecord } from '../../sim/index.ts';
import type { DrillSpeed } from '../app/DrillClock.ts';
import { LocalSeat } from '../seat/LocalSeat.ts';
import type { SaveTrainingAttempt, TrainingMode } from './trainingResult.ts';
import { trainingAttempt } from './trainingResult.ts';

/** The last accepted order of the trainee's and what it did. */
export interface GivenOrder { atS: number; order: Order; feedback: OrderFeedback[]; events: SimEvent[] }

export interface CoachOptions {
  drill: Drill;
  /** The township's doctrine for the other teams; null leaves them doing nothing. */
  doctrine: Doctrine | null;
  /** The team the trainee plays (the micro-drill's own by default). */
  team: string;
  mode: TrainingMode;
  speed: DrillSpeed;
  /** Keeps the finished attempt (the progress on the device); absent, nothing is kept. */
  save?: SaveTrainingAttempt;
  /** The wall clock's time as ISO text, for the attempt (the view's, never the core's). */
  now?: () => string;
}

export class CoachSession {
  readonly seat: LocalSeat;
  private readonly asking: DecisionPoint[] = [];
  private lastGiven: GivenOrder | null = null;
  private finalScore: DrillScore | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: CoachOptions) {
    this.seat = new LocalSeat(options.drill, options.team, {
      speed: options.speed, doctrine: options.doctrine,
      holdAt: (fromS, toS) => this.holdAt(fromS, toS),
      given: (order, result, atS) => this.heard(order, result, atS),
    });
    this.seat.subscribe(() => this.seatChanged());
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

  /** The first decision point in (fromS, toS]: the clock stops there, and every card of that second is asked. */
  private holdAt(fromS: number, toS: number): number | null {
    const due = decisionPointsBetween(this.options.drill, fromS, toS);
    const first = due[0];
    if (!first) return null;
    this.asking.push(...due.filter((p) => p.atS === first.atS));
    return first.atS;
  }

  /** An order of the trainee's: an accepted one gets its feedback (a refusal is told on the seat's outcome line). */
  private heard(order: Order, result: DispatchResult, atS: number): void {
    if (!result.ok) return;
    this.lastGiven = { atS, order, feedback: orderFeedback(this.options.drill, this.seat.record(), this.options.team, order, atS), events: result.events };
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
    // The progress store tells the trainee itself when the device refuses to keep an attempt.
    this.options.save?.(trainingAttempt({ record, score: this.finalScore, role: this.options.team, mode: this.options.mode, finishedAtIso })).catch(() => undefined);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
