// The coverage board in a real browser: opened from the home screen, it shows flood due in Hetan village by the
// year's plan; its button opens the drill it suggests, which is run at ×60 and ended; the review keeps it in the
// rehearsal log, and the board, opened again, shows today's drill for Hetan's flood and no longer calls it due.
import { expect, test } from '@playwright/test';
import { runUntil, watchErrors } from './drillPage.ts';

test('sees a factor due in a village, runs the drill the board suggests, and sees the board updated', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await page.goto('/?test=1&renderer=canvas');
  await page.getByTestId('open-coverage').click();
  await expect(page.getByTestId('coverage')).toBeVisible();

  const due = page.getByTestId('coverage-due-hetan-flood');
  await expect(page.getByTestId('coverage-row-hetan')).toContainText('河滩村');
  await expect(due).toContainText('年度计划 5 月');
  await expect(page.getByTestId('coverage-last-hetan-flood')).toHaveText('未演练');
  await expect(page.getByTestId('coverage-plan')).toContainText('已完成 0 / 15');

  await page.getByTestId('coverage-drill-hetan-flood').click();
  await expect(page.getByTestId('briefing')).toContainText('示范乡汛期人员转移桌面推演');
  await page.getByTestId('start-drill').click();
  await page.waitForFunction(() => window.__drillhall?.scene === 'tabletop' && window.__drillhall.mapDrawn, null, { timeout: 30_000 });
  await runUntil(page, '(s) => s.timeS >= 1800', 60_000);
  await page.getByTestId('end-drill').click();
  await page.getByTestId('end-drill').click();
  await page.waitForFunction(() => window.__drillhall?.review()?.status === 'scored', null, { timeout: 60_000 });
  await expect(page.getByTestId('review-notices')).toContainText('已保存', { timeout: 30_000 });

  await page.getByTestId('debrief-home').click();
  await page.getByTestId('open-coverage').click();
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.getByTestId('coverage-last-hetan-flood')).toContainText(today);
  await expect(page.getByTestId('coverage-due-hetan-flood')).toHaveCount(0);
  await expect(page.getByTestId('coverage-plan')).toContainText('已完成 1 / 15');
  expect(errors).toEqual([]);
});
