// Self-training on a phone at 390×844, by taps only (no keyboard, no test hook): the home screen's catalog lists the
// micro-drills by role, one starts on the device with the township playing itself, the clock stops at the decision
// point with a card that asks, an order gets its feedback, and the drill runs to the end and the role's review shows
// its score. The map stays at least 350 px wide and nothing scrolls sideways.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { contentIds, fitProblems } from './screenFit.ts';

const ids = contentIds();
const drill = 'cadre-grass-fire-elderly-shangling';

test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

async function mapWidth(page: Page): Promise<number> {
  return (await page.getByTestId('seat-map').boundingBox())?.width ?? 0;
}

test('a village cadre trains on the phone by taps: the card at the decision point, the move, the feedback, and the score at the end', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/?renderer=canvas&lang=zh');
  await page.getByTestId('mode-training').tap();
  const catalog = page.getByTestId('training-catalog');
  await expect(catalog).toBeVisible();
  await expect(catalog.locator('li.training-row')).toHaveCount(16);
  await expect(catalog.getByTestId('training-role-villageCadre')).toContainText('村干部');
  await expect(catalog.getByTestId(`training-${drill}`)).toContainText('学习目标');
  expect(await fitProblems(page, ids)).toEqual([]);

  await catalog.getByTestId(`train-coached-${drill}`).tap();
  await expect(page.getByTestId('seat-screen')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('coach-mode')).toHaveText('带提示练习');
  await page.getByTestId('coach-speed-60').tap();

  const card = page.getByTestId('coach-card');
  await expect(card).toBeVisible({ timeout: 30_000 });
  await expect(card.getByTestId('coach-hint')).toContainText('提示');
  await expect(card.getByTestId('coach-facts')).toContainText('西岭草场火灾');
  expect(await mapWidth(page)).toBeGreaterThanOrEqual(350);
  expect(await fitProblems(page, ids)).toEqual([]);
  const clockAtCard = await page.getByTestId('seat-clock').textContent();
  await card.getByTestId('coach-speak').tap();
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('seat-clock')).toHaveText(clockAtCard ?? '');
  await card.getByTestId('coach-continue').tap();

  await page.getByTestId('seat-tab-orders').tap();
  await page.getByTestId('seat-order-evacuate').tap();
  await expect(page.getByTestId('seat-evacuate-shelter')).toHaveValue('shelter-square');
  expect(await fitProblems(page, ids)).toEqual([]);
  await page.getByTestId('form-submit').tap();
  const feedback = page.getByTestId('coach-feedback');
  await expect(feedback).toContainText('这条指令完成了：下达全村转移令，在时限内');
  await expect(feedback).toContainText('依据：险情到来之前转移，应转尽转');
  await feedback.getByTestId('coach-feedback-close').tap();

  const review = page.getByTestId('coach-review');
  await expect(review).toBeVisible({ timeout: 120_000 });
  await expect(review.getByTestId('coach-score')).toHaveText(/^\d+(\.\d)? 分$/);
  const score = Number((await review.getByTestId('coach-score').textContent())!.replace(/ 分$/, ''));
  expect(score).toBeGreaterThanOrEqual(60);
  await expect(review.getByTestId('coach-verdict')).toHaveText('合格');
  await expect(review.getByTestId('coach-well')).toContainText('依据：');
  expect(await mapWidth(page)).toBeGreaterThanOrEqual(350);
  expect(await fitProblems(page, ids)).toEqual([]);
});

test('a test run asks at the decision point without a hint and gives no feedback on an order, in English', async ({ page }) => {
  await page.goto('/?renderer=canvas&lang=en');
  await page.getByTestId('mode-training').tap();
  await page.getByTestId(`train-test-${drill}`).tap();
  await expect(page.getByTestId('coach-mode')).toHaveText('Test: no hints, the review at the end', { timeout: 20_000 });
  await page.getByTestId('coach-speed-60').tap();
  const card = page.getByTestId('coach-card');
  await expect(card).toBeVisible({ timeout: 30_000 });
  await expect(card.getByTestId('coach-hint')).toHaveCount(0);
  await card.getByTestId('coach-continue').tap();
  await page.getByTestId('seat-tab-orders').tap();
  await page.getByTestId('seat-order-evacuate').tap();
  await page.getByTestId('form-submit').tap();
  await expect(page.getByTestId('seat-evacuate-form')).toHaveCount(0);
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('coach-feedback')).toHaveCount(0);
  expect(await fitProblems(page, ids)).toEqual([]);
});
