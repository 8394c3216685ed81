// The drill in progress on IndexedDB (fake-indexeddb in Node): every save is on disk when it resolves, saves that
// crowd in are folded into one write of the latest, a drill left in localStorage by an earlier version moves over,
// and a refusal is heard at once.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDrillhallDb } from '../../../src/rehearsals/rehearsalDatabase.ts';
import type { StorageFailure } from '../../../src/rehearsals/storageProblem.ts';
import { DrillStore } from '../../../src/ui/app/drillStore.ts';
import type { SavedDrill } from '../../../src/ui/app/savedDrill.ts';
import type { Order } from '../../../src/sim/index.ts';

let databases = 0;
const freshStore = (legacy: Storage | null = null) => {
  const name = `drillhall-drill-test-${++databases}`;
  return { store: new DrillStore(legacy, () => openDrillhallDb(name)), reopen: () => new DrillStore(null, () => openDrillhallDb(name)) };
};

const order = (atS: number): { atS: number; order: Order; rejected: null } => ({ atS, order: { type: 'setResponseLevel', by: 'command-post', level: 'IV' }, rejected: null });

function savedAt(endS: number, orderCount: number): SavedDrill {
  return {
    schemaVersion: 1, scenarioPath: 'scenarios/demo-flood-transfer.json', mode: 'hall', team: null,
    record: { schemaVersion: 1, scenarioId: 'demo-flood-transfer', seed: 'shifan-2026-flood', timeCompression: 1, orders: Array.from({ length: orderCount }, (_, i) => order(i)), events: [], endS },
  };
}

/** A localStorage of one value, as an earlier version left it. */
function legacyStorage(value: string): Storage & { removed: string[] } {
  const items = new Map([['drillhall.drillInProgress.v1', value]]);
  const removed: string[] = [];
  return { removed, length: 1, clear: () => items.clear(), key: () => null, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => { items.set(k, v); }, removeItem: (k) => { removed.push(k); items.delete(k); } };
}

describe('the drill in progress on IndexedDB', () => {
  it('has every order saved on disk once save resolves, for a fresh page to find', async () => {
    const { store, reopen } = freshStore();
    expect(await store.save(savedAt(30, 3))).toBe(true);
    const found = await reopen().load();
    expect(found?.record.orders).toHaveLength(3);
    expect(found?.record.endS).toBe(30);
  });

  it('folds saves that come while one is written into a write of the latest, and each save resolves after it', async () => {
    const { store, reopen } = freshStore();
    const saves = Array.from({ length: 10 }, (_, i) => store.save(savedAt(5 * i, i)));
    expect(await Promise.all(saves)).toEqual(Array(10).fill(true));
    expect((await reopen().load())?.record).toMatchObject({ endS: 45, orders: expect.any(Array) as unknown });
    expect((await reopen().load())?.record.orders).toHaveLength(9);
  });

  it('never saves events: a replay makes them again', async () => {
    const { store, reopen } = freshStore();
    const saved = savedAt(10, 1);
    await store.save({ ...saved, record: { ...saved.record, events: [{ kind: 'clock', atS: 1 } as never] } });
    expect((await reopen().load())?.record.events).toEqual([]);
  });

  it('forgets the drill when cleared, after any write under way', async () => {
    const { store, reopen } = freshStore();
    void store.save(savedAt(10, 1));
    await store.clear();
    expect(await reopen().load()).toBeNull();
  });

  it('moves a drill an earlier version left in localStorage into IndexedDB', async () => {
    const legacy = legacyStorage(JSON.stringify(savedAt(120, 2)));
    const { store, reopen } = freshStore(legacy);
    expect((await store.load())?.record.endS).toBe(120);
    expect(legacy.removed).toEqual(['drillhall.drillInProgress.v1']);
    expect((await reopen().load())?.record.orders).toHaveLength(2);
  });

  it('tells its listeners at once when the browser refuses to store the drill, and save resolves false', async () => {
    const refused = new DrillStore(null, () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')));
    const heard: StorageFailure[] = [];
    refused.onFailure((failure) => heard.push(failure));
    expect(await refused.save(savedAt(10, 1))).toBe(false);
    expect(heard).toEqual([expect.objectContaining({ ok: false, problem: 'quota' })]);
  });
});
