// A trainee's progress exported as one file and opened in the facilitator's rehearsal log: every attempt comes in as
// self-training with the trainee's name and the score its record earns — a score the device or the file claims never shows.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDrillhallDb } from '../../src/rehearsals/rehearsalDatabase.ts';
import { RehearsalStore } from '../../src/rehearsals/rehearsalStore.ts';
import type { TrainingExportOptions } from '../../src/training/trainingExport.ts';
import { trainingExport } from '../../src/training/trainingExport.ts';
import type { TrainingAttempt } from '../../src/training/trainingAttempt.ts';
import { microDrillRun } from '../support/microDrillRun.ts';
import { rescoreInNode, scenarioPathInNode, scoreInNode } from '../support/rescoreInNode.ts';

const drillId = 'reporter-grass-fire-shangling';
let databases = 0;
const freshLog = () => new RehearsalStore(() => openDrillhallDb(`drillhall-training-export-test-${++databases}`));

const options: TrainingExportOptions = {
  trainee: '张三',
  exportedAt: '2026-12-07T18:00:00.000Z',
  score: scoreInNode,
  drillOf: (scenarioId) => {
    const path = scenarioPathInNode(scenarioId);
    if (path === undefined) return undefined;
    const scenario = JSON.parse(readFileSync(path, 'utf8')) as { titleZh: string; titleEn: string };
    return { path, titleZh: scenario.titleZh, titleEn: scenario.titleEn };
  },
};

/** An attempt as the self-training screens hand it over, its record made JSON as a device keeps it. */
function attemptOf(kind: 'plan' | 'idle', claims: Pick<TrainingAttempt, 'scorePercent' | 'passed' | 'mode' | 'finishedAtIso'>): TrainingAttempt {
  const { record } = microDrillRun(drillId, kind);
  return { scenarioId: drillId, role: 'shangling', ...claims, record: JSON.parse(JSON.stringify(record)) as unknown };
}
const passedInTest = () => attemptOf('plan', { scorePercent: 100, passed: true, mode: 'test', finishedAtIso: '2026-12-05T10:00:00.000Z' });
/** No order given, yet the device claims a perfect pass. */
const forgedPass = () => attemptOf('idle', { scorePercent: 100, passed: true, mode: 'coached', finishedAtIso: '2026-12-04T10:00:00.000Z' });

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

describe('a trainee’s progress opened in the rehearsal log', { timeout: 120_000 }, () => {
  it('comes in as self-training entries with the trainee’s name, each scored from its record', async () => {
    const exported = await trainingExport([passedInTest(), forgedPass()], options);
    expect(exported).toMatchObject({ count: 2, problems: [] });
    const log = freshLog();
    expect(ok(await log.importAll(exported.text, rescoreInNode))).toMatchObject({ imported: 2, problems: [] });
    const [idle, planned] = ok(await log.list()).rehearsals;
    expect(idle).toMatchObject({ scenarioId: drillId, mode: 'training', team: 'shangling', trainee: { name: '张三', mode: 'coached' }, finishedAt: '2026-12-04T10:00:00.000Z' });
    expect(planned).toMatchObject({ mode: 'training', team: 'shangling', trainee: { name: '张三', mode: 'test' } });
    expect(idle!.titleZh).toBe('上岭村信息员：西岭草场起火报告');
    expect(planned!.summary.total).toBe(microDrillRun(drillId, 'plan').score.total);
    expect(planned!.summary.conclusion).not.toBe('fail');
    expect(planned!.score.role?.duties.every((d) => d.verdict === 'onTime')).toBe(true);
    expect(idle!.summary.total).toBe(microDrillRun(drillId, 'idle').score.total);
    expect(idle!.summary.total).toBeLessThan(60);
    expect(idle!.summary.conclusion).toBe('fail');
  });

  it('never shows a score forged in the file itself: the log scores the record again', async () => {
    const exported = await trainingExport([forgedPass()], options);
    const file = JSON.parse(exported.text) as { rehearsals: { score: { total: number; conclusion: string }; summary: { total: number; conclusion: string } }[] };
    for (const entry of file.rehearsals) {
      entry.score = { ...entry.score, total: 100, conclusion: 'excellent' };
      entry.summary = { ...entry.summary, total: 100, conclusion: 'excellent' };
    }
    const log = freshLog();
    ok(await log.importAll(JSON.stringify(file), rescoreInNode));
    const [kept] = ok(await log.list()).rehearsals;
    expect(kept!.summary.total).toBe(microDrillRun(drillId, 'idle').score.total);
    expect(kept!.summary.conclusion).toBe('fail');
  });

  it('is not imported twice when the same progress is exported and opened again', async () => {
    const log = freshLog();
    ok(await log.importAll((await trainingExport([passedInTest()], options)).text, rescoreInNode));
    const again = ok(await log.importAll((await trainingExport([passedInTest(), forgedPass()], options)).text, rescoreInNode));
    expect(again.imported).toBe(1);
    expect(again.problems.map((p) => p.kind)).toEqual(['alreadyKept']);
    expect(ok(await log.list()).rehearsals).toHaveLength(2);
  });

  it('names an attempt of a drill this DrillHall does not have and one whose record is damaged, and exports the rest', async () => {
    const gone = { ...passedInTest(), scenarioId: 'no-such-drill', finishedAtIso: '2026-12-06T10:00:00.000Z' };
    const good = passedInTest();
    const damaged = { ...good, record: { ...(good.record as object), orders: 'many' }, finishedAtIso: '2026-12-06T11:00:00.000Z' };
    const exported = await trainingExport([gone, damaged, passedInTest()], options);
    expect(exported.count).toBe(1);
    expect(exported.problems.map((p) => [p.finishedAtIso, p.kind])).toEqual([['2026-12-06T10:00:00.000Z', 'unknownDrill'], ['2026-12-06T11:00:00.000Z', 'damagedRecord']]);
    expect(exported.problems[1]!.detail).toMatch(/record\.orders/);
  });
});
