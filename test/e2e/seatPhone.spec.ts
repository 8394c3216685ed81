// A team's seat on a phone, with the drill on the device (self-training): the map full width on top, the cards as
// tabs below, every order of the team's authority, nothing wider than the screen at 360–430 px in portrait and
// landscape, and no id or code in sight — in Chinese and English. Played by taps only.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { contentIds, fitProblems } from './screenFit.ts';

const ids = contentIds();
const seat = (team: string, lang = 'zh') => `/?screen=seat&scenario=demo-xiling-grassland-fire&team=${team}&speed=60&lang=${lang}`;

async function mapWidth(page: Page): Promise<number> {
  return (await page.getByTestId('seat-map').boundingBox())?.width ?? 0;
}

for (const size of [{ width: 390, height: 844 }, { width: 360, height: 740 }, { width: 430, height: 932 }, { width: 844, height: 390 }]) {
  test(`a village's seat fits a ${size.width}×${size.height} screen with the map at least 350 px wide and nothing scrolling sideways`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(seat('shangling'));
    await expect(page.getByTestId('seat-incident-xiling-grass-fire')).toBeVisible({ timeout: 20_000 });
    expect(await mapWidth(page)).toBeGreaterThanOrEqual(size.width > size.height ? 350 : Math.min(350, size.width - 20));
    for (const tab of ['incidents', 'units', 'messages', 'reports', 'orders']) {
      await page.getByTestId(`seat-tab-${tab}`).tap();
      expect(await fitProblems(page, ids)).toEqual([]);
    }
  });
}

test.use({ hasTouch: true });

test('a village sees the grass fire it can see, calls the command post and reports, by taps on the phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(seat('shangling'));
  const card = page.getByTestId('seat-incident-xiling-grass-fire');
  await expect(card).toBeVisible({ timeout: 20_000 });
  await card.getByTestId('seat-incident-call').tap();
  await expect(page.getByTestId('seat-call-to')).toHaveValue('command-post');
  expect(await fitProblems(page, ids)).toEqual([]);
  await page.getByTestId('form-submit').tap();
  await expect(page.getByTestId('seat-call-form')).toHaveCount(0);
  await page.getByTestId('seat-tab-reports').tap();
  await page.getByTestId('seat-new-report').tap();
  await page.getByTestId('seat-report-unit').fill('上岭村');
  await page.getByTestId('seat-report-place').fill('西岭');
  await page.getByTestId('seat-report-scene').fill('草地起火');
  await page.getByTestId('seat-report-course').fill('山火向村子蔓延');
  await page.getByTestId('seat-report-measures').fill('民兵出动');
  await page.getByTestId('seat-report-deaths').fill('0');
  await page.getByTestId('seat-report-loss').fill('20000');
  await page.getByTestId('form-submit').tap();
  await expect(page.getByTestId('seat-report-form')).toHaveCount(0);
  await expect(page.getByTestId('seat-reports')).toContainText('已报送');
});

test("a village's seat offers the orders of its authority, and the command post's all of them, in English too", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(seat('shangling', 'en'));
  await page.getByTestId('seat-tab-orders').tap();
  await expect(page.getByTestId('seat-order-issueWarning')).toHaveText('Issue a warning');
  await expect(page.getByTestId('seat-order-evacuate')).toBeVisible();
  await expect(page.getByTestId('seat-order-setResponseLevel')).toHaveCount(0);
  await expect(page.getByTestId('seat-order-closeRoad')).toHaveCount(0);
  await page.goto(seat('command-post', 'en'));
  await page.getByTestId('seat-tab-orders').tap();
  for (const order of ['dispatchUnit', 'relayInformation', 'fileReport', 'issueWarning', 'evacuate', 'openShelter', 'setResponseLevel', 'assignUnit', 'closeRoad', 'reopenRoad']) {
    await expect(page.getByTestId(`seat-order-${order}`)).toBeVisible();
  }
  await page.getByTestId('seat-order-setResponseLevel').tap();
  expect(await fitProblems(page, ids)).toEqual([]);
  await page.getByTestId('form-submit').tap();
  await expect(page.getByTestId('seat-level-form')).toHaveCount(0);
  await page.getByTestId('seat-language').tap();
  await expect(page.getByTestId('seat-tab-orders')).toHaveText('指令');
});
