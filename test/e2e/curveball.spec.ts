// The facilitator adds curveball incidents in the hall: choose a template, click the map, see it listed; a click
// with nothing suitable near it is refused where it was given; Esc cancels placing.
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openDrill, runUntil, watchErrors } from './drillPage.ts';

/** Page coordinates of a map point (metres), as the map shows it now. */
async function pointOnPage(page: Page, point: { xM: number; yM: number }): Promise<[number, number]> {
  const box = await page.locator('#game canvas').boundingBox();
  const screen = await page.evaluate((p) => window.__drillhall?.screenOf(p) ?? null, point);
  expect(box && screen).toBeTruthy();
  return [box!.x + screen!.screenX, box!.y + screen!.screenY];
}

const incidentIds = (page: Page) => page.evaluate(() => window.__drillhall?.snapshot()?.incidents.map((i) => i.id) ?? []);

test('the facilitator adds a road crash by clicking the S215 and sees it listed and on the map', async ({ page }) => {
  const errors = watchErrors(page);
  await openDrill(page, 'demo-flood-transfer', '&director=1');
  await expect(page.getByTestId('curveball-panel')).toContainText('突发情况');
  await page.getByTestId('curveball-template').selectOption('road-crash');
  await page.getByTestId('curveball-place').click();
  await expect(page.getByTestId('curveball-hint')).toContainText('请点击地图放置“道路交通事故”');
  await page.mouse.click(...await pointOnPage(page, { xM: 3500, yM: 4075 }));
  await expect(page.getByTestId('curveball-panel').getByTestId('order-outcome')).toContainText('已添加突发情况：货车与面包车相撞');
  await expect(page.getByTestId('curveball-hint')).toBeHidden();
  expect(await incidentIds(page)).toEqual(['curveball-1']);
  const added = await page.evaluate(() => window.__drillhall?.snapshot()?.curveballs?.[0]);
  expect(added).toMatchObject({ factor: 'collision', road: 's215', discovery: { by: 'jiaojing' } });
  await expect(page.getByTestId('incident-curveball-1')).toContainText('货车与面包车相撞');
  await expect(page.getByTestId('event-feed')).toContainText('导演组在');
  // Its marker is on the map where the road passes the click: a click there now picks the incident.
  await page.mouse.click(...await pointOnPage(page, added!.at as { xM: number; yM: number }));
  await expect(page.getByTestId('incident-card')).toContainText('货车与面包车相撞');
  await expect(page.getByTestId('incident-card')).toContainText('交通事故');
  expect(errors).toEqual([]);
});

test('a curveball with nothing suitable near the click is refused in the panel, and nothing is added', async ({ page }) => {
  await openDrill(page, 'demo-flood-transfer');
  await page.getByTestId('curveball-template').selectOption('dike-piping');
  await page.getByTestId('curveball-place').click();
  await page.mouse.click(...await pointOnPage(page, { xM: 5000, yM: 1000 }));
  await expect(page.getByTestId('curveball-panel').getByTestId('order-outcome')).toContainText('点击处300米范围内没有堤防');
  expect(await incidentIds(page)).toEqual([]);
});

test('Esc cancels placing a curveball, and the next click on the map adds nothing', async ({ page }) => {
  await openDrill(page, 'demo-flood-transfer');
  await page.getByTestId('curveball-template').selectOption('building-fire');
  await page.getByTestId('curveball-place').click();
  await expect(page.getByTestId('curveball-hint')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('curveball-hint')).toBeHidden();
  await expect(page.getByTestId('curveball-panel').getByTestId('order-outcome')).toContainText('已取消放置');
  await page.mouse.click(...await pointOnPage(page, { xM: 4900, yM: 4400 }));
  expect(await incidentIds(page)).toEqual([]);
});

test('a curveball survives a reload: the resumed drill replays it from the record', async ({ page }) => {
  await openDrill(page, 'demo-flood-transfer');
  await page.getByTestId('curveball-template').selectOption('food-poisoning');
  await page.getByTestId('curveball-place').click();
  await page.mouse.click(...await pointOnPage(page, { xM: 6050, yM: 7050 }));
  await expect(page.getByTestId('curveball-panel').getByTestId('order-outcome')).toContainText('已添加突发情况');
  await runUntil(page, () => { const s = window.__drillhall!.snapshot()!; return s.timeS >= 180; });
  const before = await page.evaluate(() => window.__drillhall?.snapshot());

  await page.reload();
  await page.getByTestId('resume').click();
  await page.waitForFunction(() => window.__drillhall?.scene === 'tabletop' && window.__drillhall.mapDrawn);
  const after = await page.evaluate(() => window.__drillhall?.snapshot());
  expect(after?.timeS).toBe(before?.timeS);
  expect(after?.curveballs).toEqual(before?.curveballs);
  expect(after?.incidents).toEqual(before?.incidents);
  expect(after?.curveballs?.[0]?.at).toEqual({ place: 'nanpo' });
});

test('self-training shows no curveball controls', async ({ page }) => {
  await openDrill(page, 'demo-flood-transfer', '&mode=training&team=hetan');
  await expect(page.getByTestId('tabletop')).toBeVisible();
  await expect(page.getByTestId('curveball-panel')).toHaveCount(0);
});
