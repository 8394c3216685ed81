import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecordFile, rebuildRecord } from '../../src/cli/recordFile.ts';
import { scoreRun } from '../../src/cli/scoreRun.ts';
import { drillExportJson } from '../../src/review/drillExport.ts';
import { scenarioDrill } from '../support/demoDrill.ts';
import { planOrders } from '../support/demoPlan.ts';
import { reviewDataOf } from '../support/reviewDataOf.ts';

describe('the record and score as JSON', { timeout: 120_000 }, () => {
  const drill = scenarioDrill('scenarios/demo-market-gas-leak.json');
  const data = reviewDataOf(drill, { orders: planOrders('scenarios/plans/demo-market-gas-leak.json') });
  const text = drillExportJson(data);

  it('holds the scenario, when the drill finished, its record and its score in one object', () => {
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json).toMatchObject({ schemaVersion: 1, kind: 'drillhall.drillExport', scenarioId: 'demo-market-gas-leak', finishedAt: data.finishedAt, mode: 'hall', team: null });
    expect(json.scenarioTitle).toEqual({ zh: drill.scenario.titleZh, en: drill.scenario.titleEn });
    expect(json.record).toEqual(data.record);
    expect(json.score).toEqual(data.score);
  });

  it('reads back through the score command’s parser, and replays and scores to the same result', () => {
    const parsed = parseRecordFile('export.json', text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { record, matches } = rebuildRecord(drill, parsed.value);
    expect(matches).toBe(true);
    expect(scoreRun(drill, record)).toEqual(data.score);
  });

  it('is scored by npm run score as the hall scored it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'drillhall-export-')), 'export.json');
    writeFileSync(path, text);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/score.ts', path, '--json'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // The same score, each finding and veto with its words besides (the JSON of the CLI is read by people too).
    expect(JSON.parse(run.stdout)).toMatchObject(data.score);
  });

  it('names the field inside the record when an edited export is malformed', () => {
    const edited = JSON.parse(text) as { record: { orders: { order: unknown }[] } };
    edited.record.orders[0]!.order = { type: 'evacuate' };
    const parsed = parseRecordFile('export.json', JSON.stringify(edited));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]).toMatchObject({ file: 'export.json', path: 'record.orders.0.order' });
    const missing = parseRecordFile('export.json', JSON.stringify({ ...edited, record: undefined }));
    expect(missing.ok ? [] : missing.problems.map((p) => p.path)).toEqual(['record']);
  });
});
