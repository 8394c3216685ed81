// The coverage board in a real browser: opened from the home screen, it shows flood due in Hetan village by the
// year's plan; its button opens the drill it suggests, which is run at ×60 and ended; the review keeps it in the
// rehearsal log, and the board, opened again, shows today's drill for Hetan's flood and no longer calls it due.
// Then one open hazard drilled where it lies: the review says what it cost, a finding goes to the ledger, the board shows both.
import { expect, test } from '@playwright/test';
import { runToAndEnd, startFromBriefing, watchErrors } from './drillPage.ts';

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
  await startFromBriefing(page);
  await runToAndEnd(page, 1800);
  await expect(page.getByTestId('review-notices')).toContainText('已保存', { timeout: 30_000 });

  await page.getByTestId('debrief-home').click();
  await page.getByTestId('open-coverage').click();
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.getByTestId('coverage-last-hetan-flood')).toContainText(today);
  await expect(page.getByTestId('coverage-due-hetan-flood')).toHaveCount(0);
  await expect(page.getByTestId('coverage-plan')).toContainText('已完成 1 / 15');
  expect(errors).toEqual([]);
});

test('drills an open hazard where it lies, reads what it cost in the review, sends a finding to the ledger, and sees both on the board', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await page.goto('/?test=1&renderer=canvas');
  await page.getByTestId('open-coverage').click();
  await expect(page.getByTestId('coverage')).toContainText('隐患台账（36 项');
  await expect(page.getByTestId('coverage-last-elder-home-fire')).toHaveText('未演练');

  await page.getByTestId('coverage-hazard-YH-2026-001').click();
  await expect(page.getByTestId('briefing')).toContainText('隐患 YH-2026-001');
  await startFromBriefing(page);
  await runToAndEnd(page, 1200);

  const costs = page.getByTestId('review-hazard-costs');
  await expect(costs).toContainText('此隐患未整改：YH-2026-001');
  await expect(costs).not.toContainText('blocked-fire-exit');
  await page.getByTestId('send-finding-0').click();
  await expect(page.getByTestId('review-notices')).toContainText('已登记为隐患 YH-2026-037');
  await expect(page.getByTestId('review-notices')).toContainText('已保存', { timeout: 30_000 });

  await page.getByTestId('debrief-home').click();
  await page.getByTestId('open-coverage').click();
  await expect(page.getByTestId('coverage')).toContainText('隐患台账（37 项');
  await expect(page.getByTestId('coverage-last-elder-home-fire')).toContainText(new Date().toISOString().slice(0, 10));
  await expect(page.getByTestId('coverage-hazard-YH-2026-037')).toBeVisible();
  expect(errors).toEqual([]);
});
