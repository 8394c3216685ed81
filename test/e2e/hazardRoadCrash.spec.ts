// A crash hazard on another road than the crash template's, drilled from the coverage board in a real browser: the
// mine haul road's overloaded lorries (YH-2026-019) open as a drill with the crash on the haul road; once ended, the
// review — scored in its worker from the record — says what the open hazard cost.
import { expect, test } from '@playwright/test';
import { runToAndEnd, startFromBriefing, watchErrors } from './drillPage.ts';

test('drills the haul road’s hazard from the board with the crash on the haul road, and the review says what it cost', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await page.goto('/?test=1&renderer=canvas');
  await page.getByTestId('open-coverage').click();
  await page.getByTestId('coverage-hazard-YH-2026-019').click();
  await expect(page.getByTestId('briefing')).toContainText('隐患 YH-2026-019');

  await startFromBriefing(page);
  const placedAt = await page.evaluate(() => window.__drillhall?.record()?.placedAt);
  expect(placedAt).toMatchObject({ hazard: 'YH-2026-019', place: 'road-mine', road: 'road-mine', placeZh: '北山煤矿运输路' });
  await runToAndEnd(page, 1200);

  const costs = page.getByTestId('review-hazard-costs');
  await expect(costs).toContainText('此隐患未整改：YH-2026-019');
  await expect(costs).not.toContainText('overloaded-haul-lorries');
  expect(errors).toEqual([]);
});
