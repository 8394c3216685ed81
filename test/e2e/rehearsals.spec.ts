// The rehearsal log in a real browser: opened from the home screen, filled with rehearsals of the market gas leak
// (left alone twice, then run with its reference plan, scored headless here exactly as the app scores them) written
// straight into the page's IndexedDB, then compared — trend chart, ratings with arrows, recurring findings.
import { expect, test } from '@playwright/test';
import { compareRehearsals } from '../../src/rehearsals/compareRehearsals.ts';
import type { Rehearsal } from '../../src/rehearsals/rehearsalSchema.ts';
import { demoRehearsal, marketScenario } from '../support/demoRehearsal.ts';
import { watchErrors } from './drillPage.ts';
import { openSeeded } from './rehearsalLog.ts';

const idle = () => demoRehearsal({ id: 'e2e-idle', withPlan: false, finishedAt: '2026-11-02T09:00:00.000Z' });
const idleAgain = () => demoRehearsal({ id: 'e2e-idle-again', withPlan: false, finishedAt: '2026-11-05T09:00:00.000Z' });
const planned = () => demoRehearsal({ id: 'e2e-planned', withPlan: true, finishedAt: '2026-11-09T09:00:00.000Z' });
/** A rehearsal under the plan before the two idle ones: what the plan still leaves is then found twice, and the idle
 *  runs' own findings are put right in the latest. */
const plannedEarly = () => demoRehearsal({ id: 'e2e-planned-early', withPlan: true, finishedAt: '2026-10-28T09:00:00.000Z' });

test('lists kept rehearsals by scenario and compares them: trend, ratings with arrows, and the findings that keep coming back', async ({ page }) => {
  const errors = watchErrors(page);
  const [early, before, again, after] = [plannedEarly(), idle(), idleAgain(), planned()];
  await openSeeded(page, [after, before, early, again]);

  const group = page.getByTestId(`rehearsal-group-${marketScenario}`);
  await expect(group).toContainText('示范乡集贸市场餐馆液化气泄漏处置推演');
  await expect(group).toContainText('共 4 次');
  await expect(page.getByTestId('rehearsal-e2e-idle')).toContainText('不合格');
  await expect(page.getByTestId('rehearsal-e2e-planned')).toContainText(after.summary.total.toFixed(1));

  await page.getByTestId(`compare-${marketScenario}`).click();
  const comparison = page.getByTestId('rehearsals-comparison');
  await expect(comparison).toBeVisible();
  // uPlot draws the total and every capability on a canvas, with a legend naming them.
  await expect(comparison.getByTestId('rehearsals-trend').locator('canvas')).toBeVisible();
  await expect(comparison.getByTestId('rehearsals-trend')).toContainText('总分');
  await expect(comparison.getByTestId('rehearsals-trend')).toHaveAttribute('data-series', String(1 + after.summary.capabilities.length));

  // Capability × rehearsal: the planned run is rated P where it earned everything, with an arrow up from the idle
  // run before it; the second idle run is level with the first.
  const expected = compareRehearsals(marketScenario, [early, before, again, after]);
  const improved = expected.capabilities.find((c) => c.cells[3]!.change === 'better' && c.cells[3]!.rating === 'P')!;
  const row = page.getByTestId(`capability-${improved.id}`);
  await expect(row).toContainText(improved.nameZh);
  await expect(row.locator('td').nth(1)).toContainText('U');
  await expect(row.locator('td').nth(2).locator('.change.same')).toHaveText('→');
  await expect(row.locator('td').nth(3)).toContainText('P');
  await expect(row.locator('td').nth(3).locator('.change.better')).toHaveText('↑');

  // Findings seen more than once: those the plan still leaves come first, marked as still found; those it put
  // right are marked fixed.
  const recurring = page.getByTestId('rehearsals-recurring');
  const first = expected.recurring[0]!;
  expect(first.status).toBe('recurring');
  await expect(recurring.getByTestId(`recurring-${first.item}-${first.owner}`)).toContainText('仍未整改');
  await expect(recurring.getByTestId(`recurring-${first.item}-${first.owner}`)).toContainText(`出现 ${first.count} 次`);
  const fixed = expected.recurring.filter((f) => f.status === 'fixed');
  expect(fixed.length).toBeGreaterThan(0);
  await expect(recurring.getByText('最近一次已改正')).toHaveCount(fixed.length);
  await expect(recurring.getByTestId(`recurring-${fixed[0]!.item}-${fixed[0]!.owner}`)).toContainText('出现 2 次');
  expect(errors).toEqual([]);
});

test('skips a damaged entry with a message naming it and the field, and deletes a rehearsal after a second press', async ({ page }) => {
  const errors = watchErrors(page);
  const damaged: Rehearsal = { ...planned(), id: 'e2e-damaged' };
  await openSeeded(page, [idle(), planned(), { ...damaged, summary: { ...damaged.summary, total: 'ninety' } }]);

  await expect(page.getByTestId('rehearsals-messages')).toContainText('e2e-damaged：“summary.total”');
  await expect(page.getByTestId(`rehearsal-group-${marketScenario}`)).toContainText('共 2 次');

  const remove = page.getByTestId('delete-e2e-planned');
  await remove.click();
  await expect(remove).toContainText('删除 ');
  await expect(page.getByTestId('rehearsal-e2e-planned')).toBeVisible();
  await remove.click();
  await expect(page.getByTestId('rehearsal-e2e-planned')).toHaveCount(0);
  await expect(page.getByTestId('rehearsals-messages')).toContainText('已删除 1 条演练记录');
  await expect(page.getByTestId(`rehearsal-group-${marketScenario}`)).toContainText('共 1 次');
  expect(errors).toEqual([]);
});

test('exports every rehearsal to a file and brings them back from it after they were deleted', async ({ page }) => {
  test.setTimeout(180_000); // the import scores each entry again in the scoring worker
  const errors = watchErrors(page);
  await openSeeded(page, [idle(), planned()]);
  await expect(page.getByTestId(`rehearsal-group-${marketScenario}`)).toContainText('共 2 次');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rehearsals-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^drillhall-rehearsals-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  await expect(page.getByTestId('rehearsals-messages')).toContainText('已导出 2 条演练记录');

  const removeAll = page.getByTestId(`delete-scenario-${marketScenario}`);
  await removeAll.click();
  await removeAll.click();
  await expect(page.getByTestId('rehearsals-empty')).toBeVisible();

  await page.getByTestId('rehearsals-import-file').setInputFiles(path);
  // each entry is scored again from its orders in the scoring worker before it is kept
  await expect(page.getByTestId('rehearsals-messages')).toContainText('已导入 2 条演练记录', { timeout: 90_000 });
  await expect(page.getByTestId(`rehearsal-group-${marketScenario}`)).toContainText('共 2 次');
  // The message sits beside the import button that caused it, not at the top of the page.
  const messages = await page.getByTestId('rehearsals-messages').boundingBox();
  const importButton = await page.getByTestId('rehearsals-import').boundingBox();
  expect(importButton!.y - (messages!.y + messages!.height)).toBeLessThan(60);

  await page.getByTestId('rehearsals-import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else"}') });
  await expect(page.getByTestId('rehearsals-messages')).toContainText('导入的文件：不是本系统导出的演练记录文件');
  // The Chinese screen says it in Chinese: no English particulars, no field names.
  await expect(page.getByTestId('rehearsals-messages')).not.toContainText(/expected|format|\(file\)/);
  expect(errors).toEqual([]);
});

test('a finished drill is kept in the log, and its review opens the comparison of that scenario', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?test=1&renderer=canvas&scenario=demo-market-gas-leak&start=1');
  await page.waitForFunction(() => window.__drillhall?.mapDrawn === true);
  await page.getByTestId('end-drill').click();
  await page.getByTestId('end-drill').click();
  await expect(page.getByTestId('review-notices')).toContainText('已保存', { timeout: 30_000 });
  await page.getByTestId('compare-rehearsals').click();
  await expect(page.getByTestId('rehearsals')).toBeVisible();
  expect(await page.evaluate(() => window.__drillhall?.scene)).toBe('rehearsals');
  await expect(page.getByTestId('rehearsals')).toContainText('示范乡集贸市场餐馆液化气泄漏处置推演');
  expect(errors).toEqual([]);
});
