// A micro-drill on the phone survives a reload: the run saved as it is played comes back where it was — the same
// seed and orders, the doctrine going on as if never interrupted, hints or test, speed and the card up — and an order
// is acknowledged only once the save holding it resolves.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedDrill } from '../../../src/ui/app/savedDrill.ts';
import { CoachSession } from '../../../src/ui/training/CoachSession.ts';
import type { Order } from '../../../src/sim/index.ts';
import { answerFirstCard, doctrine, drill, move, now, team } from '../../support/shanglingMicroDrill.ts';

const warn: Order = { type: 'issueWarning', by: team, colour: 'orange', to: [team], message: '山火逼近，准备转移' };

/** A store that keeps a copy of every save, each on disk at once. */
function memoryStore(kept: SavedDrill[]) {
  return { save: (saved: SavedDrill) => { kept.push(structuredClone(saved)); return Promise.resolve(true); } };
}

const wait = (ms: number) => vi.advanceTimersByTime(ms);

/** Lets the clock run, answering every card, until the drill ends. */
function playToEnd(coach: CoachSession): void {
  for (let i = 0; i < 40 && !coach.seat.ended(); i++) {
    if (coach.card()) coach.goOn();
    else if (!coach.seat.running()) coach.seat.resume();
    wait(5_000);
  }
  expect(coach.seat.ended()).toBe(true);
}

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('a micro-drill resumed after a reload', () => {
  it('goes on from its last save to the same orders, state and score as the run that was never reloaded', async () => {
    const kept: SavedDrill[] = [];
    const played = new CoachSession({ drill, doctrine, team, mode: 'coached', speed: 60, store: memoryStore(kept), now });
    answerFirstCard(played);
    await played.seat.give(warn);
    wait(500);
    await played.seat.give(move);
    wait(2_000);
    const saved = kept.at(-1)!;
    expect(saved.record.orders.filter((o) => o.order.by === team).map((o) => o.order.type)).toEqual(['issueWarning', 'evacuate']);
    expect(saved.record.orders.some((o) => o.order.by !== team)).toBe(true);
    playToEnd(played);

    const resumed = CoachSession.resume({ drill, doctrine, team, store: memoryStore([]), now }, saved)!;
    expect(resumed.seat.view().timeS).toBe(saved.record.endS);
    expect(resumed.seat.running()).toBe(false);
    expect(resumed.runId).toBe(played.runId);
    playToEnd(resumed);
    expect(resumed.seat.record().orders).toEqual(played.seat.record().orders);
    expect(resumed.seat.record().events).toEqual(played.seat.record().events);
    expect(resumed.score()?.total).toBe(played.score()?.total);
    played.leave();
    resumed.leave();
  });

  it('comes back with the card that was up, the clock waiting on it, in the test mode and at the speed chosen', () => {
    const kept: SavedDrill[] = [];
    const played = new CoachSession({ drill, doctrine, team, mode: 'test', speed: 30, store: memoryStore(kept), now });
    wait(20_000);
    const card = played.card();
    expect(card).not.toBeNull();
    const saved = kept.at(-1)!;
    expect(saved.coach).toMatchObject({ mode: 'test', speed: 30, cardsUp: [card!.id] });
    played.leave();

    const resumed = CoachSession.resume({ drill, doctrine, team, now }, saved)!;
    expect(resumed.card()?.id).toBe(card!.id);
    expect(resumed.mode).toBe('test');
    expect(resumed.seat.speed()).toBe(30);
    wait(5_000);
    expect(resumed.seat.view().timeS).toBe(card!.atS);
    resumed.goOn();
    wait(2_000);
    expect(resumed.seat.view().timeS).toBeGreaterThan(card!.atS);
    resumed.leave();
  });

  it('does not ask again a card the trainee answered before the reload', () => {
    const kept: SavedDrill[] = [];
    const played = new CoachSession({ drill, doctrine, team, mode: 'coached', speed: 60, store: memoryStore(kept), now });
    answerFirstCard(played);
    played.leave();
    const resumed = CoachSession.resume({ drill, doctrine, team, now }, kept.at(-1)!)!;
    expect(resumed.card()).toBeNull();
    resumed.leave();
  });
});

describe('an order on the phone is acknowledged once it is saved', () => {
  /** A store whose writes complete only when the test says so, like IndexedDB on a slow phone. */
  function slowStore() {
    const pending: ((ok: boolean) => void)[] = [];
    return { store: { save: () => new Promise<boolean>((resolve) => pending.push(resolve)) }, finishWrites: (ok = true) => { for (const f of pending.splice(0)) f(ok); } };
  }

  it('keeps the order’s outcome, its feedback and the view it changed back until the save holding it resolves', async () => {
    const { store, finishWrites } = slowStore();
    const coach = new CoachSession({ drill, doctrine, team, mode: 'coached', speed: 60, store, now });
    finishWrites();
    answerFirstCard(coach);
    let acknowledged = false;
    const given = coach.seat.give(move).then((outcome) => { acknowledged = true; return outcome; });
    wait(1_000);
    await Promise.resolve();
    expect(acknowledged).toBe(false);
    expect(coach.seat.view().orders.map((o) => o.order.type)).not.toContain('evacuate');
    expect(coach.given()).toBeNull();
    finishWrites();
    expect(await given).toEqual({ ok: true });
    await coach.seat.durable();
    await Promise.resolve();
    expect(coach.seat.view().orders.map((o) => o.order.type)).toContain('evacuate');
    expect(coach.given()?.order).toEqual(move);
    coach.leave();
  });

  it('still acknowledges the order, and goes on in memory, when storage refuses the save', async () => {
    const { store, finishWrites } = slowStore();
    const coach = new CoachSession({ drill, doctrine, team, mode: 'coached', speed: 60, store, now });
    finishWrites();
    answerFirstCard(coach);
    const given = coach.seat.give(move);
    finishWrites(false);
    expect(await given).toEqual({ ok: true });
    wait(2_000);
    expect(coach.seat.running()).toBe(true);
    expect(coach.seat.view().orders.map((o) => o.order.type)).toContain('evacuate');
    coach.leave();
  });
});
