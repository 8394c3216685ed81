// @vitest-environment happy-dom
// A micro-drill kept on the device (fake-indexeddb): it has its own slot beside the hall drill's, its end adds one
// attempt to the progress and forgets the run in one write, a copy of the run finished again is not counted twice,
// a reload offers to go on with it, and a device that refuses storage says so while the drill goes on in memory.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDrillhallDb } from '../../../src/rehearsals/rehearsalDatabase.ts';
import { DrillStore } from '../../../src/ui/app/drillStore.ts';
import type { SavedDrill } from '../../../src/ui/app/savedDrill.ts';
import { CoachSession } from '../../../src/ui/training/CoachSession.ts';
import { openMicroDrill } from '../../../src/ui/training/openMicroDrill.ts';
import { keepFinishedMicroDrill } from '../../../src/ui/training/progressStore.ts';
import { TrainingProgressStore } from '../../../src/ui/training/TrainingProgressStore.ts';
import { answerFirstCard, doctrine, drill, move, now, path, team } from '../../support/shanglingMicroDrill.ts';


let databases = 0;
/** A fresh `drillhall` database: the micro-drill's store, the hall drill's, and the progress, as a page opens them. */
function device() {
  const name = `drillhall-microdrill-test-${++databases}`;
  const open = () => openDrillhallDb(name);
  return { runs: () => new DrillStore(null, open, 'microDrill'), hall: () => new DrillStore(null, open), progress: new TrainingProgressStore(open) };
}

/** A micro-drill session keeping its run in `store` and its end in the progress; `ends` collects each end's write. */
function coachOn(store: DrillStore, ends: Promise<void>[], saved?: SavedDrill): CoachSession {
  const save = (attempt: Parameters<typeof keepFinishedMicroDrill>[0], run: { runId: string }) => {
    const end = keepFinishedMicroDrill(attempt, run, store);
    ends.push(end);
    return end;
  };
  return saved ? CoachSession.resume({ drill, doctrine, team, store, save, now }, saved)! : new CoachSession({ drill, doctrine, team, mode: 'coached', speed: 60, store, save, now });
}

/** Lets real time pass for IndexedDB while the seat's clock is held. */
const settle = () => new Promise((resolve) => { setTimeout(resolve, 20); });

async function playToEnd(coach: CoachSession): Promise<void> {
  for (let i = 0; i < 40 && !coach.seat.ended(); i++) {
    if (coach.card()) coach.goOn();
    else if (!coach.seat.running()) coach.seat.resume();
    vi.advanceTimersByTime(5_000);
    await settle();
  }
  expect(coach.seat.ended()).toBe(true);
}

async function attemptCount(progress: TrainingProgressStore): Promise<number> {
  const read = await progress.attempts();
  if (!read.ok) throw new Error(read.detail);
  return read.attempts.length;
}

beforeEach(() => { vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }); });
afterEach(() => { vi.useRealTimers(); document.body.replaceChildren(); });

describe('a micro-drill kept on the device', () => {
  it('is kept beside a hall drill in progress, and neither is found as the other', async () => {
    const { runs, hall } = device();
    const ends: Promise<void>[] = [];
    const coach = coachOn(runs(), ends);
    vi.advanceTimersByTime(10_000);
    await settle();
    coach.leave();
    expect(await hall().load()).toBeNull();
    await hall().save({ schemaVersion: 1, scenarioPath: 'scenarios/demo-flood-transfer.json', mode: 'hall', team: null, record: { ...coach.seat.record(), scenarioId: 'demo-flood-transfer', orders: [], events: [] } });
    const found = await runs().load();
    expect(found?.scenarioPath).toBe(path);
    expect(found?.coach?.runId).toBe(coach.runId);
    expect((await hall().load())?.scenarioPath).toBe('scenarios/demo-flood-transfer.json');
  });

  it('adds one attempt to the progress when it ends, and leaves nothing to resume', async () => {
    const { runs, progress } = device();
    const ends: Promise<void>[] = [];
    const coach = coachOn(runs(), ends);
    answerFirstCard(coach);
    await coach.seat.give(move);
    await playToEnd(coach);
    await Promise.all(ends);
    expect(ends).toHaveLength(1);
    expect(await attemptCount(progress)).toBe(1);
    expect(await runs().load()).toBeNull();
  });

  it('is counted once when a copy of the run saved before its end is finished again (a second tab, a stale reload)', async () => {
    const { runs, progress } = device();
    const ends: Promise<void>[] = [];
    const first = coachOn(runs(), ends);
    answerFirstCard(first);
    await first.seat.give(move);
    await settle();
    const copy = (await runs().load())!;
    expect(copy.record.orders.some((o) => o.order.by === team)).toBe(true);
    await playToEnd(first);
    await Promise.all(ends);
    const again = coachOn(runs(), ends, copy);
    expect(again.runId).toBe(first.runId);
    await playToEnd(again);
    await Promise.all(ends);
    expect(ends).toHaveLength(2);
    expect(again.score()?.total).toBe(first.score()?.total);
    expect(await attemptCount(progress)).toBe(1);
    expect(await runs().load()).toBeNull();
  });
});

describe('the micro-drill’s page after a reload', () => {
  const asked = { drill, doctrine, team, mode: 'coached' as const, speed: 60 as const };
  const drillAt = (p: string) => (p === path ? { drill, doctrine } : null);

  it('offers to go on with the unfinished run, and going on shows it where it was, paused, in its mode', async () => {
    const { runs } = device();
    const ends: Promise<void>[] = [];
    const played = coachOn(runs(), ends);
    answerFirstCard(played);
    await played.seat.give(move);
    played.seat.pause();
    await settle();
    played.leave();
    const savedAtS = played.seat.view().timeS;

    const shown: HTMLElement[] = [];
    const trained: CoachSession[] = [];
    await openMicroDrill({ language: () => 'zh', asked, drillAt, show: (e) => shown.push(e), train: (s) => trained.push(s), store: runs() });
    expect(trained).toEqual([]);
    const offer = shown[0]!;
    expect(offer.textContent).toContain('上次的微演练还没练完');
    expect(offer.textContent).toContain('带提示练习');
    expect(offer.textContent).toContain('你下达了 1 条指令');
    offer.querySelector<HTMLButtonElement>('[data-testid="coach-resume-go"]')!.click();
    expect(trained).toHaveLength(1);
    expect(trained[0]!.seat.view().timeS).toBe(savedAtS);
    expect(trained[0]!.seat.running()).toBe(false);
    expect(trained[0]!.seat.view().orders.map((o) => o.order)).toContainEqual(move);
    trained[0]!.leave();
  });

  it('starts the micro-drill asked for, in place of the unfinished one, when the trainee drops it', async () => {
    const { runs } = device();
    const played = coachOn(runs(), []);
    vi.advanceTimersByTime(10_000);
    await settle();
    played.leave();
    const shown: HTMLElement[] = [];
    const trained: CoachSession[] = [];
    await openMicroDrill({ language: () => 'en', asked: { ...asked, mode: 'test' }, drillAt, show: (e) => shown.push(e), train: (s) => trained.push(s), store: runs() });
    expect(shown[0]!.textContent).toContain('Your last micro-drill is not finished');
    shown[0]!.querySelector<HTMLButtonElement>('[data-testid="coach-resume-fresh"]')!.click();
    expect(trained[0]!.mode).toBe('test');
    expect(trained[0]!.runId).not.toBe(played.runId);
    await settle();
    expect((await runs().load())?.coach?.runId).toBe(trained[0]!.runId);
    trained[0]!.leave();
  });

  it('says once that the device will not keep the run, and the micro-drill goes on in memory', async () => {
    const refused = new DrillStore(null, () => Promise.reject(new DOMException('The user denied permission to access the database.', 'SecurityError')), 'microDrill');
    const trained: CoachSession[] = [];
    await openMicroDrill({ language: () => 'zh', asked, drillAt, show: () => undefined, train: (s) => trained.push(s), store: refused });
    expect(trained).toHaveLength(1);
    const alert = document.querySelectorAll('[data-testid="training-progress-alert"]');
    expect(alert).toHaveLength(1);
    expect(alert[0]?.textContent).toContain('这台设备的浏览器不允许保存训练进度');
    expect(alert[0]?.textContent).toContain('刷新或关闭页面后要从头开始');
    alert[0]!.querySelector<HTMLButtonElement>('[data-testid="training-progress-alert-dismiss"]')!.click();
    vi.advanceTimersByTime(5_000);
    await settle();
    expect(trained[0]!.seat.view().timeS).toBeGreaterThan(60);
    expect(document.querySelectorAll('[data-testid="training-progress-alert"]')).toHaveLength(0);
    trained[0]!.leave();
  });
});
