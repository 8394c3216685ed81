// What a director and a trainee hit first (issue 15), each as a user meets it: the briefing opens at its top, the
// dispatch list's unit states stay live, and a village's warning form starts at its own name.
import { expect, test } from '@playwright/test';
import { openDrill, runUntilKnown, tellCommandPost, watchErrors } from './drillPage.ts';

test('the briefing opens at its top, wherever the home list was scrolled to', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?test=1');
  await page.getByTestId('open-demo-heat-wave').scrollIntoViewIfNeeded();
  expect(await page.locator('#screen').evaluate((s) => s.scrollTop)).toBeGreaterThan(0);
  await page.getByTestId('open-demo-heat-wave').click();
  await expect(page.getByTestId('briefing')).toBeVisible();
  expect(await page.locator('#screen').evaluate((s) => s.scrollTop)).toBe(0);
  await expect(page.getByTestId('briefing').locator('h2').first()).toBeInViewport();
});

test("the dispatch list shows each unit's state as it is now, and a village's warning form starts at its own name", async ({ page }) => {
  const errors = watchErrors(page);
  await openDrill(page, 'demo-market-gas-leak');
  // The police station hears of the leak; the command post, whose view the hall's tabletop shows, is told of it.
  await runUntilKnown(page, 'paichusuo', 'market-lpg-leak');
  await tellCommandPost(page, 'market-lpg-leak');
  await page.getByTestId('incident-market-lpg-leak').click();
  const list = page.getByTestId('dispatch-unit-select');
  await expect(list.locator('option[value="pcs-car-1"]')).toHaveText('派出所警车一 · 在驻地');
  const sent = await page.evaluate(() => window.__drillhall?.dispatch({ type: 'dispatchUnit', by: 'paichusuo', unit: 'pcs-car-1', to: { incident: 'market-lpg-leak' } }));
  expect(sent?.ok).toBe(true);
  await expect(list.locator('option[value="pcs-car-1"]')).toHaveText('派出所警车一 · 出动中');

  await page.getByTestId('acting-as').selectOption('hetan');
  await page.getByTestId('open-warning').click();
  await expect(page.getByTestId('warning-township')).not.toBeChecked();
  await expect(page.getByTestId('warning-village-hetan')).toBeChecked();
  expect(errors).toEqual([]);
});
