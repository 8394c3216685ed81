// A trainee's progress on the device (IndexedDB, fake-indexeddb in Node): attempts kept across pages with their
// records but without events, the name kept once, a damaged entry named and left out, a bad attempt refused with its field.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDrillhallDb, trainingAttemptStoreName } from '../../../src/rehearsals/rehearsalDatabase.ts';
import type { TrainingAttempt } from '../../../src/training/trainingAttempt.ts';
import { TrainingProgressStore } from '../../../src/ui/training/TrainingProgressStore.ts';

let databases = 0;
function freshDevice() {
  const name = `drillhall-progress-test-${++databases}`;
  return { store: new TrainingProgressStore(() => openDrillhallDb(name)), reopen: () => new TrainingProgressStore(() => openDrillhallDb(name)), name };
}

const attempt = (scorePercent: number, finishedAtIso: string): TrainingAttempt => ({
  scenarioId: 'reporter-grass-fire-shangling', role: 'shangling', scorePercent, passed: scorePercent >= 60, mode: 'test', finishedAtIso,
  record: { schemaVersion: 1, scenarioId: 'reporter-grass-fire-shangling', seed: 's', timeCompression: 1, orders: [], events: [{ atS: 1, type: 'x' }], endS: 60 },
});

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

describe('a trainee’s progress on the device', () => {
  it('finds every attempt kept on an earlier page, its record kept without its events', async () => {
    const { store, reopen } = freshDevice();
    ok(await store.save(attempt(45, '2026-12-05T10:00:00Z')));
    ok(await store.save(attempt(80, '2026-12-06T10:00:00Z')));
    const read = ok(await reopen().attempts());
    expect(read.problems).toEqual([]);
    expect(read.attempts.map((a) => a.scorePercent)).toEqual([45, 80]);
    expect(read.attempts[0]!.record).toMatchObject({ scenarioId: 'reporter-grass-fire-shangling', events: [] });
  });

  it('asks the name once: it is there on the next page, trimmed', async () => {
    const { store, reopen } = freshDevice();
    expect(ok(await store.traineeName()).name).toBeNull();
    expect(ok(await store.setTraineeName('  王  小明 '))).toMatchObject({ name: '王 小明' });
    expect(ok(await reopen().traineeName()).name).toBe('王 小明');
    expect(await store.setTraineeName('   ')).toMatchObject({ ok: false, detail: 'the name must be 1 to 40 characters' });
  });

  it('refuses an attempt that does not fit, naming the field, and keeps nothing of it', async () => {
    const { store } = freshDevice();
    const refused = await store.save({ ...attempt(50, '2026-12-05T10:00:00Z'), scorePercent: 130 });
    expect(refused).toMatchObject({ ok: false, problem: 'failed' });
    expect(!refused.ok && refused.detail).toMatch(/^the training attempt: scorePercent: /);
    expect(ok(await store.attempts()).attempts).toEqual([]);
  });

  it('names a damaged entry on the device and still reads the others', async () => {
    const { store, name } = freshDevice();
    ok(await store.save(attempt(70, '2026-12-05T10:00:00Z')));
    const db = await openDrillhallDb(name);
    await db.add(trainingAttemptStoreName, { scenarioId: 'x', mode: 'sometimes' });
    db.close();
    const read = ok(await store.attempts());
    expect(read.attempts).toHaveLength(1);
    expect(read.problems[0]).toMatch(/^training attempt #2: /);
  });

  it('says the device refused when storage is not there, never throwing', async () => {
    const store = new TrainingProgressStore(() => Promise.reject(new DOMException('IndexedDB is not available', 'InvalidStateError')));
    expect(await store.save(attempt(70, '2026-12-05T10:00:00Z'))).toMatchObject({ ok: false, problem: 'unavailable' });
    expect(await store.attempts()).toMatchObject({ ok: false, problem: 'unavailable' });
  });
});
