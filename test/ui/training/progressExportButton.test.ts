// @vitest-environment happy-dom
// The export button of a trainee's progress: the name is asked once and kept on the device, the file downloaded is a
// rehearsals file with the name on every entry, and what could not be exported is said, by the drill's title.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDrillhallDb } from '../../../src/rehearsals/rehearsalDatabase.ts';
import type { TrainingAttempt } from '../../../src/training/trainingAttempt.ts';
import type { ExportDeps } from '../../../src/ui/training/exportTraining.ts';
import { progressExportButton } from '../../../src/ui/training/progressExportButton.ts';
import { TrainingProgressStore } from '../../../src/ui/training/TrainingProgressStore.ts';
import { microDrillRun } from '../../support/microDrillRun.ts';
import { scenarioPathInNode, scoreInNode } from '../../support/rescoreInNode.ts';

const drillId = 'reporter-grass-fire-shangling';
let databases = 0;

/** The page's export, with Node's scoring and a download that is kept for the test to read. */
function nodeDeps(downloads: { text: string; fileName: string }[]): ExportDeps {
  return {
    drillOf: (scenarioId) => {
      const path = scenarioPathInNode(scenarioId);
      if (path === undefined) return undefined;
      const { titleZh, titleEn } = JSON.parse(readFileSync(path, 'utf8')) as { titleZh: string; titleEn: string };
      return { path, titleZh, titleEn };
    },
    score: scoreInNode,
    download: (text, fileName) => downloads.push({ text, fileName }),
    nowIso: () => '2026-12-07T18:30:00+08:00',
  };
}

const passed = (): TrainingAttempt => ({
  scenarioId: drillId, role: 'shangling', scorePercent: 100, passed: true, mode: 'test', finishedAtIso: '2026-12-07T09:00:00.000Z',
  record: JSON.parse(JSON.stringify(microDrillRun(drillId, 'plan').record)) as unknown,
});
const damaged = (): TrainingAttempt => ({ ...passed(), finishedAtIso: '2026-12-07T10:00:00.000Z', record: { scenarioId: drillId } });

const click = (root: HTMLElement, testId: string) => root.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)!.click();
const statusOf = (root: HTMLElement) => root.querySelector('[data-testid="progress-export-status"]')!.textContent ?? '';
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(check()).toBe(true);
}

describe('exporting a trainee’s progress for the facilitator', { timeout: 60_000 }, () => {
  it('asks the name the first time only, and puts it on every entry of the file', async () => {
    const store = new TrainingProgressStore(() => openDrillhallDb(`drillhall-export-button-${++databases}`));
    const downloads: { text: string; fileName: string }[] = [];
    const told: string[] = [];
    const options = { store, attempts: () => Promise.resolve([passed()]), tell: (f: { detail: string }) => told.push(f.detail), deps: nodeDeps(downloads) };
    const root = progressExportButton('zh', options);
    document.body.replaceChildren(root);
    click(root, 'progress-export-button');
    await until(() => root.querySelector<HTMLElement>('.progress-name-form')!.hidden === false);
    root.querySelector<HTMLInputElement>('[data-testid="progress-trainee-name"]')!.value = '   ';
    click(root, 'progress-save-name');
    await until(() => root.textContent.includes('请填写姓名（1 到 40 个字）'));
    root.querySelector<HTMLInputElement>('[data-testid="progress-trainee-name"]')!.value = ' 李四 ';
    click(root, 'progress-save-name');
    await until(() => statusOf(root).startsWith('已导出 1 次训练'));
    expect(downloads[0]!.fileName).toBe('训练记录-李四-20261207-1830.json');
    const file = JSON.parse(downloads[0]!.text) as { format: string; rehearsals: { mode: string; team: string; trainee: { name: string; mode: string } }[] };
    expect(file.format).toBe('drillhall-rehearsals');
    expect(file.rehearsals).toMatchObject([{ mode: 'training', team: 'shangling', trainee: { name: '李四', mode: 'test' } }]);

    const again = progressExportButton('zh', options);
    document.body.replaceChildren(again);
    await until(() => again.textContent.includes('训练人：李四'));
    click(again, 'progress-export-button');
    await until(() => downloads.length === 2);
    expect(again.querySelector<HTMLElement>('.progress-name-form')!.hidden).toBe(true);
    expect(told).toEqual([]);
  });

  it('says which attempt was left out and why, by the drill’s title and time, in English', async () => {
    const store = new TrainingProgressStore(() => openDrillhallDb(`drillhall-export-button-${++databases}`));
    await store.setTraineeName('Li Si');
    const downloads: { text: string; fileName: string }[] = [];
    const root = progressExportButton('en', { store, attempts: () => Promise.resolve([passed(), damaged()]), tell: () => undefined, deps: nodeDeps(downloads) });
    document.body.replaceChildren(root);
    click(root, 'progress-export-button');
    await until(() => statusOf(root).startsWith('Training attempts exported: 1.'));
    expect(statusOf(root)).toContain('“Shangling information reporter: reporting the Xiling grass fire” (2026-12-07');
    expect(statusOf(root)).toContain('was not exported: its record is damaged');
    expect(downloads).toHaveLength(1);
  });
});
