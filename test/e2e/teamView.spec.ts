// Who knows what, on the hall's tabletop: the map and the incident list show the command post's view — a fire
// nobody reported is on neither; once 林草站 calls it in, it appears with the figures 林草站 gave — and the
// 导演视角 switch shows the truth (the true casualties) instead.
import { expect, test } from '@playwright/test';
import { openDrill, runUntilKnown, watchErrors } from './drillPage.ts';

const fire = 'xiling-grass-fire';

test('the hall sees the command post\'s view: a fire appears when 林草站 calls it in, and the truth only with 导演视角', async ({ page }) => {
  const errors = watchErrors(page);
  await openDrill(page, 'demo-xiling-grassland-fire', '&mode=hall&lang=zh');
  await expect(page.getByTestId('view-switch')).toHaveAttribute('data-viewing', 'command-post');
  await expect(page.getByTestId('view-command-post')).toHaveText('指挥部视角');
  await expect(page.getByTestId('view-facilitator')).toHaveText('导演视角');

  // The fire burns and 林草站 has seen it; nobody has told the command post.
  await runUntilKnown(page, 'linchaozhan', fire, 60_000);
  const burning = await page.evaluate((id) => window.__drillhall!.snapshot()!.incidents.find((i) => i.id === id)!.status, fire);
  expect(burning).toBe('active');
  await expect(page.getByTestId(`incident-${fire}`)).toHaveCount(0);
  expect(await page.evaluate(() => window.__drillhall!.overlays().map((o) => o.incident))).not.toContain(fire);

  // 林草站 phones the command post with its own (wrong) figures; the call takes the phone's delay.
  const called = await page.evaluate((id) => window.__drillhall?.dispatch({ type: 'relayInformation', by: 'linchaozhan', to: 'command-post', incident: id, channel: 'phone', casualties: { deaths: 0, injured: 4, missing: 7 } }), fire);
  expect(called?.ok).toBe(true);
  await runUntilKnown(page, 'command-post', fire, 30_000);
  const row = page.getByTestId(`incident-${fire}`);
  await expect(row).toContainText('亡0 伤4 失7');
  await expect(row).toContainText('林草站');
  await expect.poll(() => page.evaluate(() => window.__drillhall!.overlays().map((o) => o.incident))).toContain(fire);

  // 导演视角: the truth, whatever the command post was told.
  await page.getByTestId('view-facilitator').click();
  await expect(page.getByTestId('view-switch')).toHaveAttribute('data-viewing', 'facilitator');
  const truth = await page.evaluate((id) => window.__drillhall!.snapshot()!.incidents.find((i) => i.id === id)!.casualties, fire);
  await expect(row).toContainText(`亡${truth.deadCount} 伤${truth.injuredCount} 失${truth.missingCount}`);
  await expect(row).not.toContainText('亡0 伤4 失7');
  await page.getByTestId('view-command-post').click();
  await expect(row).toContainText('亡0 伤4 失7');
  expect(errors).toEqual([]);
});
