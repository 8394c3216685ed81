import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkAttempt } from '../../../src/training/trainingAttempt.ts';
import type { TrainingAttempt } from '../../../src/ui/training/trainingResult.ts';
import { CoachSession } from '../../../src/ui/training/CoachSession.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { doctrineFor } from '../../support/doctrineRun.ts';

const path = 'scenarios/training/cadre-grass-fire-elderly-shangling.json';
const drill = scenarioDrill(path);
const doctrine = doctrineFor(path);
const finishedAtIso = '2026-12-07T10:00:00.000Z';

function session(mode: 'coached' | 'test', saved: TrainingAttempt[] = []) {
  return new CoachSession({ drill, doctrine, team: 'shangling', mode, speed: 60, now: () => finishedAtIso, save: (a) => { saved.push(a); return Promise.resolve(); } });
}

/** Lets the seat's clock run for `ms` of real time. */
const wait = (ms: number) => vi.advanceTimersByTime(ms);

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('a micro-drill on the device stops at each decision point and waits for the trainee', () => {
  it('stops the clock exactly at the decision point and goes on when the trainee has answered', () => {
    const coach = session('coached');
    wait(10_000);
    expect(coach.card()?.id).toBe(drill.scenario.training!.decisionPoints[0]!.id);
    expect(coach.seat.view().timeS).toBe(360);
    expect(coach.seat.running()).toBe(false);
    wait(10_000);
    expect(coach.seat.view().timeS).toBe(360);
    coach.goOn();
    expect(coach.card()).toBeNull();
    wait(2_000);
    expect(coach.seat.view().timeS).toBeGreaterThan(360);
    coach.leave();
  });

  it('plays the other teams by the doctrine while the trainee plays the role', () => {
    const coach = session('test');
    wait(10_000);
    coach.goOn();
    wait(20_000);
    const others = coach.seat.record().orders.filter((o) => o.order.by !== 'shangling');
    expect(others.length).toBeGreaterThan(0);
    coach.leave();
  });

  it('tells what an accepted order did, and scores the role alone at the end, keeping the attempt', async () => {
    const saved: TrainingAttempt[] = [];
    const coach = session('coached', saved);
    wait(10_000);
    coach.goOn();
    await coach.seat.give({ type: 'evacuate', by: 'shangling', villages: ['shangling'], shelter: 'shelter-square' });
    expect(coach.given()?.feedback.map((f) => [f.item, f.inTime])).toEqual([['evacuate', true]]);
    coach.dismissFeedback();
    expect(coach.given()).toBeNull();
    wait(120_000);
    expect(coach.seat.ended()).toBe(true);
    expect(coach.score()?.role?.team).toBe('shangling');
    expect(coach.score()?.conclusion).not.toBe('fail');
    expect(saved).toEqual([expect.objectContaining({ scenarioId: drill.scenario.id, role: 'shangling', mode: 'coached', passed: true, scorePercent: coach.score()!.total, finishedAtIso })]);
    expect(checkAttempt(JSON.parse(JSON.stringify(saved[0])), 'the attempt').ok).toBe(true);
  });

  it('keeps a failed test run as failed when the trainee gave no order', () => {
    const saved: TrainingAttempt[] = [];
    const coach = session('test', saved);
    for (let i = 0; i < 20 && !coach.seat.ended(); i++) {
      wait(10_000);
      if (coach.card()) coach.goOn();
    }
    expect(coach.seat.ended()).toBe(true);
    expect(saved).toEqual([expect.objectContaining({ mode: 'test', passed: false })]);
    expect(coach.score()?.role?.duties.every((d) => d.verdict === 'missed')).toBe(true);
  });
});
