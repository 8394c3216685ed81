// The rehearsal log on IndexedDB (fake-indexeddb in Node): keeping finished drills, reading them back, deleting,
// exporting and importing, and what happens when an entry is damaged or the browser refuses to store anything.
import 'fake-indexeddb/auto';
import type { IDBPDatabase } from 'idb';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DrillhallDb } from '../../src/rehearsals/rehearsalDatabase.ts';
import { databaseVersion, openDrillhallDb, rehearsalStoreName } from '../../src/rehearsals/rehearsalDatabase.ts';
import { RehearsalStore } from '../../src/rehearsals/rehearsalStore.ts';
import { saveRehearsal } from '../../src/rehearsals/saveRehearsal.ts';
import { demoRehearsal, demoReviewData, marketScenario } from '../support/demoRehearsal.ts';
import { keepFileScore } from '../support/rescoreInNode.ts';

let databases = 0;
/** A store on a database of its own, so tests do not see each other's rehearsals. */
function freshStore(): { store: RehearsalStore; name: string } {
  const name = `drillhall-test-${++databases}`;
  return { store: new RehearsalStore(() => openDrillhallDb(name)), name };
}

const idle = () => demoRehearsal({ id: 'idle', withPlan: false, finishedAt: '2026-11-02T09:00:00.000Z' });
const planned = () => demoRehearsal({ id: 'planned', withPlan: true, finishedAt: '2026-11-09T09:00:00.000Z' });
const heat = () => ({ ...demoRehearsal({ id: 'heat', withPlan: false, finishedAt: '2026-11-05T09:00:00.000Z' }), scenarioId: 'demo-heat-wave', record: { ...idle().record, scenarioId: 'demo-heat-wave' } });

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

afterEach(() => { vi.unstubAllGlobals(); });

describe('keeping rehearsals', () => {
  it('keeps a finished drill with its score, and lists it with its summary', async () => {
    const { store } = freshStore();
    const data = demoReviewData({ withPlan: true, finishedAt: '2026-11-09T09:00:00.000Z', mode: 'training', team: 'paichusuo' });
    const saved = ok(await saveRehearsal(data, store));
    const { rehearsals, problems } = ok(await store.list());
    expect(problems).toEqual([]);
    expect(rehearsals).toHaveLength(1);
    const kept = rehearsals[0]!;
    expect(kept.id).toBe(saved.id);
    expect(kept).toMatchObject({ scenarioId: marketScenario, titleZh: data.world.drill.scenario.titleZh, mode: 'training', team: 'paichusuo', seed: data.record.seed });
    expect(kept.score).toEqual(data.score);
    expect(kept.summary.total).toBe(data.score.total);
    expect(kept.summary.injuredCount).toBe(data.state.casualties.injuredCount);
    // The orders are kept so the drill can be replayed and scored again; the replay makes the events.
    expect(kept.record.orders).toEqual(data.record.orders);
    expect(kept.record.events).toEqual([]);
  });

  it('gives each saved drill its own id', async () => {
    const { store } = freshStore();
    const data = demoReviewData({ withPlan: false, finishedAt: '2026-11-02T09:00:00.000Z' });
    const first = ok(await saveRehearsal(data, store));
    const second = ok(await saveRehearsal(data, store));
    expect(first.id).not.toBe(second.id);
    expect(ok(await store.list()).rehearsals).toHaveLength(2);
  });

  it('lists oldest first, and one scenario at a time when asked', async () => {
    const { store } = freshStore();
    for (const r of [planned(), heat(), idle()]) ok(await store.save(r));
    expect(ok(await store.list()).rehearsals.map((r) => r.id)).toEqual(['idle', 'heat', 'planned']);
    expect(ok(await store.list(marketScenario)).rehearsals.map((r) => r.id)).toEqual(['idle', 'planned']);
  });

  it('gets one rehearsal by id, and null for an id it does not have', async () => {
    const { store } = freshStore();
    ok(await store.save(planned()));
    expect(ok(await store.get('planned')).rehearsal?.summary.total).toBe(planned().summary.total);
    expect(ok(await store.get('nowhere')).rehearsal).toBeNull();
  });

  it('deletes one rehearsal, or every rehearsal of a scenario and no other', async () => {
    const { store } = freshStore();
    for (const r of [idle(), planned(), heat()]) ok(await store.save(r));
    ok(await store.delete('idle'));
    expect(ok(await store.list()).rehearsals.map((r) => r.id)).toEqual(['heat', 'planned']);
    expect(ok(await store.deleteScenario(marketScenario)).count).toBe(1);
    expect(ok(await store.list()).rehearsals.map((r) => r.id)).toEqual(['heat']);
  });

  it('refuses to keep an entry that does not pass its checks', async () => {
    const { store } = freshStore();
    const result = await store.save({ ...idle(), finishedAt: 'last Tuesday' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.detail).toContain('finishedAt');
    expect(ok(await store.list()).rehearsals).toEqual([]);
  });
});

describe('reading back damaged entries', () => {
  it('skips a damaged entry and names it and the field, while the others still list', async () => {
    const { store, name } = freshStore();
    ok(await store.save(idle()));
    const db = await openDrillhallDb(name);
    await db.put(rehearsalStoreName, { ...planned(), summary: { ...planned().summary, total: 'ninety' } });
    await db.put(rehearsalStoreName, { id: 'stray', note: 'written by something else' });
    db.close();
    const { rehearsals, problems } = ok(await store.list());
    expect(rehearsals.map((r) => r.id)).toEqual(['idle']);
    expect(problems).toContainEqual(expect.objectContaining({ entry: 'planned', field: 'summary.total' }));
    expect(problems.some((p) => p.entry === 'stray')).toBe(true);
    const got = ok(await store.get('planned'));
    expect(got.rehearsal).toBeNull();
    expect(got.problems[0]).toMatchObject({ entry: 'planned', field: 'summary.total' });
  });

  it('skips an entry whose record holds an order the core would refuse to read', async () => {
    const { store, name } = freshStore();
    const bad = planned();
    const db = await openDrillhallDb(name);
    await db.put(rehearsalStoreName, { ...bad, record: { ...bad.record, orders: [{ atS: 5, order: { type: 'launchRocket', by: 'command-post' }, rejected: null }] } });
    db.close();
    const { rehearsals, problems } = ok(await store.list());
    expect(rehearsals).toEqual([]);
    expect(problems[0]).toMatchObject({ entry: 'planned', field: 'record.orders.0.order' });
  });
});

describe('exporting and importing', () => {
  it('brings every rehearsal into another browser’s log through the export file', async () => {
    const { store } = freshStore();
    for (const r of [idle(), planned(), heat()]) ok(await store.save(r));
    const exported = ok(await store.exportAll('2026-11-28T14:00:00.000Z'));
    expect(exported.count).toBe(3);
    const other = freshStore().store;
    const imported = ok(await other.importAll(exported.text, keepFileScore));
    expect(imported).toEqual({ ok: true, imported: 3, renamed: [], problems: [] });
    expect(ok(await other.list()).rehearsals).toEqual(ok(await store.list()).rehearsals);
  });

  it('imports the good entries of a file and names the entry and field of each bad one', async () => {
    const { store } = freshStore();
    const text = JSON.stringify({ format: 'drillhall-rehearsals', schemaVersion: 1, exportedAt: '2026-11-28T14:00:00.000Z',
      rehearsals: [idle(), { ...planned(), score: { ...planned().score, total: 140 } }, { ...heat(), mode: 'rehearsal' }] });
    const result = ok(await store.importAll(text, keepFileScore));
    expect(result.imported).toBe(1);
    expect(result.problems).toEqual([
      expect.objectContaining({ entry: 'rehearsals[1] (planned)', field: 'score.total' }),
      expect.objectContaining({ entry: 'rehearsals[2] (heat)', field: 'mode' }),
    ]);
    expect(ok(await store.list()).rehearsals.map((r) => r.id)).toEqual(['idle']);
  });

  it('keeps the first of two entries with the same id in one file and names the second', async () => {
    const { store } = freshStore();
    const text = JSON.stringify({ format: 'drillhall-rehearsals', schemaVersion: 1, rehearsals: [idle(), { ...planned(), id: 'idle' }] });
    const result = ok(await store.importAll(text, keepFileScore));
    expect(result.imported).toBe(1);
    expect(result.problems).toEqual([expect.objectContaining({ entry: 'rehearsals[1] (idle)', field: 'id' })]);
    expect(ok(await store.get('idle')).rehearsal?.summary.total).toBe(idle().summary.total);
  });

  it('says so when the file is not JSON or not a rehearsals export, and imports nothing', async () => {
    const { store } = freshStore();
    const notJson = ok(await store.importAll('{ rehearsals: ', keepFileScore));
    expect(notJson.imported).toBe(0);
    expect(notJson.problems[0]).toMatchObject({ entry: '(file)', field: '(json)' });
    const record = ok(await store.importAll(JSON.stringify(idle().record), keepFileScore));
    expect(record.problems[0]).toMatchObject({ entry: '(file)', field: 'format' });
    const future = ok(await store.importAll(JSON.stringify({ format: 'drillhall-rehearsals', schemaVersion: 9, rehearsals: [] }), keepFileScore));
    expect(future.problems[0]).toMatchObject({ field: 'schemaVersion' });
    expect(ok(await store.list()).rehearsals).toEqual([]);
  });
});

describe('when the browser will not store rehearsals', () => {
  it('reports storage as unavailable where there is no IndexedDB, and the drill data is untouched', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const data = demoReviewData({ withPlan: false, finishedAt: '2026-11-02T09:00:00.000Z' });
    const result = await saveRehearsal(data, new RehearsalStore());
    expect(result).toMatchObject({ ok: false, problem: 'unavailable' });
  });

  it('reports a full disk as such', async () => {
    const store = new RehearsalStore(() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')));
    expect(await store.save(idle())).toMatchObject({ ok: false, problem: 'quota' });
    expect(await store.list()).toMatchObject({ ok: false, problem: 'quota' });
  });

  it('reports a database left by a newer DrillHall instead of breaking it', async () => {
    const name = `drillhall-newer-${++databases}`;
    (await openDB(name, databaseVersion + 1)).close();
    const store = new RehearsalStore(() => openDrillhallDb(name));
    expect(await store.list()).toMatchObject({ ok: false, problem: 'newerVersion' });
  });

  it('opens the database again when the connection it kept was closed meanwhile', async () => {
    const { name } = freshStore();
    const opened: IDBPDatabase<DrillhallDb>[] = [];
    const store = new RehearsalStore(async () => { const db = await openDrillhallDb(name); opened.push(db); return db; });
    ok(await store.save(idle()));
    opened[0]!.close(); // as when another tab needs a newer version of the database
    expect(ok(await store.list()).rehearsals.map((r) => r.id)).toEqual(['idle']);
    expect(opened).toHaveLength(2);
  });

  it('tries to open the database again on the next call after a failure', async () => {
    let attempts = 0;
    const { name } = freshStore();
    const store = new RehearsalStore(() => (++attempts === 1 ? Promise.reject(new DOMException('busy', 'UnknownError')) : openDrillhallDb(name)));
    expect((await store.list()).ok).toBe(false);
    expect(ok(await store.list()).rehearsals).toEqual([]);
    expect(attempts).toBe(2);
  });
});

describe('the database schema', () => {
  it('creates the rehearsals store keyed by id with indexes by scenario and finishing time, and keeps entries across openings', async () => {
    const { store, name } = freshStore();
    ok(await store.save(idle()));
    const db = await openDrillhallDb(name);
    expect(db.version).toBe(databaseVersion);
    const tx = db.transaction(rehearsalStoreName);
    expect(tx.store.keyPath).toBe('id');
    expect([...tx.store.indexNames].sort()).toEqual(['byFinishedAt', 'byScenario']);
    expect(await tx.store.index('byScenario').count(marketScenario)).toBe(1);
    db.close();
  });
});
