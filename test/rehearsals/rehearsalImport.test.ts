// Importing rehearsals never trusts the file: each entry is scored again from its record, an id already in the log
// never replaces the entry there, and a file or an entry too large is refused with its size.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportText, maxEntryChars, maxExchangeBytes } from '../../src/rehearsals/rehearsalExchange.ts';
import { openDrillhallDb } from '../../src/rehearsals/rehearsalDatabase.ts';
import type { Rehearsal } from '../../src/rehearsals/rehearsalSchema.ts';
import { RehearsalStore } from '../../src/rehearsals/rehearsalStore.ts';
import { demoRehearsal } from '../support/demoRehearsal.ts';
import { keepFileScore, rescoreInNode } from '../support/rescoreInNode.ts';

let databases = 0;
const freshStore = () => new RehearsalStore(() => openDrillhallDb(`drillhall-import-test-${++databases}`));
const idle = () => demoRehearsal({ id: 'idle', withPlan: false, finishedAt: '2026-11-02T09:00:00.000Z' });
const planned = () => demoRehearsal({ id: 'planned', withPlan: true, finishedAt: '2026-11-09T09:00:00.000Z' });
const fileOf = (...rehearsals: Rehearsal[]) => exportText(rehearsals, '2026-11-28T14:00:00.000Z');

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

/** A drill with no orders claiming a perfect score. */
function forgedPerfect(): Rehearsal {
  const entry = idle();
  return {
    ...entry,
    id: 'forged',
    score: { ...entry.score, total: 100, conclusion: 'excellent', vetoes: [] },
    summary: { ...entry.summary, total: 100, conclusion: 'excellent', vetoes: [] },
  };
}

describe('importing rehearsals that were tampered with', { timeout: 120_000 }, () => {
  it('lists a forged 100 for a drill with no orders at the score doing nothing earns', async () => {
    const store = freshStore();
    const result = ok(await store.importAll(fileOf(forgedPerfect()), rescoreInNode));
    expect(result).toMatchObject({ imported: 1, problems: [] });
    const [kept] = ok(await store.list()).rehearsals;
    const earned = ok(await rescoreInNode(forgedPerfect()));
    expect(kept!.summary.total).toBe(earned.score.total);
    expect(kept!.score).toEqual(earned.score);
    expect(kept!.summary.total).toBeLessThan(60);
    expect(kept!.summary.conclusion).toBe('fail');
  });

  it('keeps an entry whose id is already in the log as a new entry, and leaves the one there unchanged', async () => {
    const store = freshStore();
    ok(await store.save(planned()));
    const before = ok(await store.get('planned')).rehearsal;
    const clash = { ...idle(), id: 'planned' };
    const result = ok(await store.importAll(fileOf(clash), keepFileScore));
    expect(result).toMatchObject({ imported: 1, renamed: ['planned'] });
    expect(ok(await store.get('planned')).rehearsal).toEqual(before);
    const listed = ok(await store.list()).rehearsals;
    expect(listed).toHaveLength(2);
    expect(listed.find((r) => r.id !== 'planned')).toMatchObject({ finishedAt: clash.finishedAt, summary: { total: clash.summary.total } });
  });

  it('does not import the very same drill twice', async () => {
    const store = freshStore();
    ok(await store.save(idle()));
    const result = ok(await store.importAll(fileOf(idle()), keepFileScore));
    expect(result).toMatchObject({ imported: 0, renamed: [] });
    expect(result.problems.map((p) => `${p.entry} ${p.field}: ${p.problem}`)).toEqual(['idle id: this drill is already in the log; it was not imported again']);
    expect(ok(await store.list()).rehearsals).toHaveLength(1);
  });

  it('refuses a file or an entry too large, naming its size, and keeps the rest', async () => {
    const store = freshStore();
    const huge = { ...idle(), id: 'huge', titleEn: 'x'.repeat(maxEntryChars) };
    const result = ok(await store.importAll(fileOf(huge, planned()), keepFileScore));
    expect(result.imported).toBe(1);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ entry: 'rehearsals[0]', field: '(size)' });
    expect(result.problems[0]!.problem).toMatch(/^the entry is too large \(\d+ characters; at most 1048576\)/);
    const tooBig = ok(await store.importAll(' '.repeat(maxExchangeBytes + 1), keepFileScore));
    expect(tooBig).toMatchObject({ imported: 0, problems: [{ field: '(size)', problem: `the file is too large (${maxExchangeBytes + 1} bytes; at most ${maxExchangeBytes})` }] });
  });

  it('names an entry of a scenario this DrillHall does not have, and an entry whose record runs past its drill', async () => {
    const store = freshStore();
    const unknown = { ...idle(), id: 'elsewhere', scenarioId: 'no-such-drill', record: { ...idle().record, scenarioId: 'no-such-drill' } };
    const endless = { ...idle(), id: 'endless', record: { ...idle().record, endS: 10 * 365 * 86_400 } };
    const result = ok(await store.importAll(fileOf(unknown, endless), rescoreInNode));
    expect(result.imported).toBe(0);
    expect(result.problems.map((p) => [p.entry, p.field])).toEqual([['elsewhere', 'record'], ['endless', 'record']]);
    expect(result.problems[0]!.problem).toMatch(/no scenario "no-such-drill"/);
    expect(result.problems[1]!.problem).toMatch(/after the drill ends \(7200 s\)/);
  });
});
