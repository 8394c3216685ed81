// A micro-drill on a phone survives a reload: two orders given, the page reloaded, the training screen offers to go on
// where it was (the same clock, the orders given, hints as chosen), the drill runs to its end, and the trainee's
// progress counts it once — also after reloading the review and opening the micro-drill again.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { contentIds, fitProblems } from './screenFit.ts';

const ids = contentIds();
const drill = 'cadre-grass-fire-elderly-shangling';

test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

/** Taps an order's submit and waits until it is acknowledged (saved), its feedback shown and closed. */
async function giveAndAcknowledge(page: Page): Promise<void> {
  await page.getByTestId('form-submit').tap();
  const feedback = page.getByTestId('coach-feedback');
  await expect(feedback).toBeVisible({ timeout: 20_000 });
  await feedback.getByTestId('coach-feedback-close').tap();
}

async function attemptsShown(page: Page): Promise<string> {
  await page.goto('/?renderer=canvas&lang=zh&mode=training');
  const slot = page.getByTestId('training-catalog').locator(`[data-progress-for="${drill}"]`);
  await expect(slot.getByTestId('progress-scores')).toBeVisible({ timeout: 20_000 });
  return (await slot.getByTestId('progress-scores').textContent()) ?? '';
}

test('a micro-drill reloaded after two orders resumes where it was, finishes, and is counted once in the progress', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/?renderer=canvas&lang=zh&mode=training');
  await page.getByTestId(`train-coached-${drill}`).tap();
  await expect(page.getByTestId('seat-screen')).toBeVisible({ timeout: 20_000 });
  const seatUrl = page.url();
  await page.getByTestId('coach-speed-60').tap();
  const card = page.getByTestId('coach-card');
  await expect(card).toBeVisible({ timeout: 30_000 });
  await card.getByTestId('coach-continue').tap();
  await page.getByTestId('coach-pause').tap();

  await page.getByTestId('seat-tab-orders').tap();
  await page.getByTestId('seat-order-issueWarning').tap();
  await page.getByTestId('warning-orange').check();
  await page.getByTestId('warning-message').fill('山火逼近上岭村，请做好转移准备');
  await giveAndAcknowledge(page);
  await page.getByTestId('seat-order-evacuate').tap();
  await giveAndAcknowledge(page);
  const clockBefore = await page.getByTestId('seat-clock').textContent();

  await page.reload();
  const offer = page.getByTestId('coach-resume-offer');
  await expect(offer).toBeVisible({ timeout: 20_000 });
  await expect(offer).toContainText('上次的微演练还没练完');
  await expect(offer).toContainText('带提示练习');
  await expect(offer).toContainText('你下达了 2 条指令');
  await expect(offer).toContainText(`练到 ${clockBefore}`);
  expect(await fitProblems(page, ids)).toEqual([]);
  await offer.getByTestId('coach-resume-go').tap();

  await expect(page.getByTestId('seat-clock')).toHaveText(clockBefore ?? '');
  await expect(page.getByTestId('coach-mode')).toHaveText('带提示练习');
  await expect(page.getByTestId('coach-speed-60')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('seat-tab-orders').tap();
  await page.getByTestId('coach-resume').tap();

  const review = page.getByTestId('coach-review');
  await expect(review).toBeVisible({ timeout: 150_000 });
  await expect(review.getByTestId('coach-verdict')).toHaveText('合格');
  const score = (await review.getByTestId('coach-score').textContent())!.replace(/ 分$/, '');

  // A reload on the review finds nothing to resume: the run was counted and forgotten in one write.
  await page.reload();
  await expect(page.getByTestId('seat-screen')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('coach-resume-offer')).toHaveCount(0);
  expect(await attemptsShown(page)).toBe(`最好 ${score} 分 · 最近 ${score} 分 · 共 1 次`);

  // Opening the micro-drill again offers the run the reload started, never the finished one; dropping it counts nothing.
  await page.goto(seatUrl);
  await page.getByTestId('coach-resume-fresh').tap();
  await expect(page.getByTestId('seat-screen')).toBeVisible({ timeout: 20_000 });
  await page.reload();
  expect(await attemptsShown(page)).toBe(`最好 ${score} 分 · 最近 ${score} 分 · 共 1 次`);
});
