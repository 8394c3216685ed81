// A trainee's progress on the phone: the catalog's rows show the best and last score and how each micro-drill was
// passed, the next drill is marked, the export asks the name once and gives a file the facilitator opens in the
// rehearsal log, where the entry carries the trainee's name and the score its record earns. Nothing scrolls sideways.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { TrainingAttempt } from '../../src/training/trainingAttempt.ts';
import { microDrillRun } from '../support/microDrillRun.ts';
import { contentIds, fitProblems } from './screenFit.ts';

const ids = contentIds();
const fireDrill = 'reporter-grass-fire-shangling';
const stoveDrill = 'reporter-coal-stove-co-beishan';

test.use({ viewport: { width: 390, height: 844 } });

test('the catalog shows the trainee’s progress and the next drill, and the export opens in the rehearsal log with the name', async ({ page }) => {
  test.setTimeout(180_000);
  const run = microDrillRun(fireDrill, 'plan');
  const attempt: TrainingAttempt = {
    scenarioId: fireDrill, role: 'shangling', scorePercent: run.score.total, passed: true, mode: 'coached',
    finishedAtIso: '2026-12-07T09:00:00.000Z', record: JSON.parse(JSON.stringify(run.record)) as unknown,
  };
  await page.goto('/?lang=zh');
  await expect(page.getByTestId('home')).toBeVisible();
  // As the coach's session keeps it when the drill ends (keepFinishedMicroDrill), into the database the app opened.
  await page.evaluate(async (value) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => { const open = indexedDB.open('drillhall'); open.onsuccess = () => resolve(open.result); open.onerror = () => reject(new Error(String(open.error))); });
    await new Promise<void>((resolve, reject) => { const tx = db.transaction('trainingAttempts', 'readwrite'); tx.objectStore('trainingAttempts').add(value); tx.oncomplete = () => resolve(); tx.onerror = () => reject(new Error(String(tx.error))); });
    db.close();
  }, attempt);
  await page.reload();
  await page.getByTestId('mode-training').click();
  const catalog = page.getByTestId('training-catalog');
  const fireSlot = catalog.locator(`[data-progress-for="${fireDrill}"]`);
  await expect(fireSlot.getByTestId('progress-scores')).toHaveText(`最好 ${run.score.total} 分 · 最近 ${run.score.total} 分 · 共 1 次`);
  await expect(fireSlot.getByTestId('progress-pass')).toHaveText('有提示时通过');
  await expect(catalog.locator('[data-next="true"]')).toHaveCount(1);
  await expect(catalog.locator(`[data-progress-for="${stoveDrill}"]`).getByTestId('progress-next')).toHaveText('下一个推荐 · 本岗位还没练过 · 可练到新的致灾因素：中毒');
  expect(await fitProblems(page, ids)).toEqual([]);

  await catalog.getByTestId('progress-export-button').click();
  await page.getByTestId('progress-trainee-name').fill('李四');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('progress-save-name').click()]);
  await expect(catalog.getByTestId('progress-export-status')).toContainText('已导出 1 次训练');
  const path = await download.path();
  const file = JSON.parse(readFileSync(path, 'utf8')) as { rehearsals: { trainee: { name: string } }[] };
  expect(file.rehearsals.map((r) => r.trainee.name)).toEqual(['李四']);

  await page.getByTestId('open-rehearsals').click();
  await page.getByTestId('rehearsals-import-file').setInputFiles(path);
  const row = page.locator('tr', { hasText: '李四' });
  await expect(row).toContainText('自学训练（上岭村） · 李四，有提示', { timeout: 60_000 });
  await expect(row).toContainText(String(run.score.total));
});
