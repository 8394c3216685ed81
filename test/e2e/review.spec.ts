// The after-action review in a real browser: a short drill with a few orders, ended, then scored in the
// background and read the way an evaluator reads it — verdict, score sheet, curves, timeline, findings — the
// replay played at another speed and scrubbed, and the whole review switched to English.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openDrill, runUntil, watchErrors } from './drillPage.ts';

test('ends a drill and reads its scored review, replays it at ×60 and in English', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  await openDrill(page, 'demo-market-gas-leak', '&mode=hall');

  // A prompt dispatch once the leak is known, and an order the core refuses (a village cannot open a shelter).
  await runUntil(page, () => { const s = window.__drillhall!.snapshot()!; return s.incidents.some((i) => i.discoveredS !== null); });
  const sent = await page.evaluate(() => window.__drillhall?.dispatch({ type: 'dispatchUnit', by: 'paichusuo', unit: 'pcs-car-1', to: { incident: 'market-lpg-leak' } }));
  expect(sent?.ok).toBe(true);
  const refused = await page.evaluate(() => window.__drillhall?.dispatch({ type: 'openShelter', by: 'hetan', shelter: 'shelter-school' }));
  expect(refused?.ok).toBe(false);
  await runUntil(page, () => { const s = window.__drillhall!.snapshot()!; return s.timeS >= 900; });

  await page.getByTestId('end-drill').click();
  await page.getByTestId('end-drill').click();
  await expect(page.getByTestId('debrief')).toBeVisible();
  expect(await page.evaluate(() => window.__drillhall?.scene)).toBe('debrief');

  // The score is computed in a worker; the review says so meanwhile, then shows the verdict.
  await page.waitForFunction(() => window.__drillhall?.review()?.status === 'scored', null, { timeout: 30_000 });
  const score = await page.evaluate(() => window.__drillhall?.review()?.score);
  expect(score?.total).toBeGreaterThanOrEqual(0);
  const conclusion = { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' }[score!.conclusion];
  await expect(page.getByTestId('review-verdict')).toContainText(`总分 ${score!.total} / 100`);
  await expect(page.getByTestId('review-verdict')).toContainText(conclusion);
  await expect(page.getByTestId('review-capabilities').locator('tbody tr')).toHaveCount(score!.capabilities.length);
  await expect(page.getByTestId('review-capabilities')).toContainText('信息报告');
  await expect(page.getByTestId('review-scorecards')).toContainText('派出所');
  await expect(page.getByTestId('review-findings').locator('li')).toHaveCount(score!.findings.length);
  expect(score!.findings.length).toBeGreaterThan(0);
  await expect(page.getByTestId('review-units')).toContainText(/派出所/);
  await expect(page.getByTestId('export-json')).toBeEnabled();
  await expect(page.getByTestId('compare-rehearsals')).toBeEnabled();

  // The JSON export is the record with the score the hall saw: `npm run score` can read it again.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  expect(download.suggestedFilename()).toMatch(/^demo-market-gas-leak-\d{8}-\d{4}-.+\.json$/);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { scenarioId: string; record: { orders: unknown[] }; score: { total: number } };
  expect(saved).toMatchObject({ scenarioId: 'demo-market-gas-leak', score: { total: score!.total } });
  expect(saved.record.orders).toHaveLength(2);
  // The finished drill is kept in the rehearsal log, and the review says so.
  await expect(page.getByTestId('review-notices')).toContainText('已保存');
  await page.getByTestId('debrief').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('review-top.png') });

  // Both curves drawn by uPlot, one point per sample.
  await expect(page.getByTestId('review-curves').locator('.uplot')).toHaveCount(2);
  const curves = await page.evaluate(() => window.__drillhall?.review()?.curves);
  expect(curves?.map((c) => c.series)).toEqual([3, 2]);
  expect(curves?.[0]?.points).toBeGreaterThan(10);

  // The timeline has the orders, the refused one marked; unticking orders hides them.
  const timeline = page.getByTestId('review-timeline');
  await expect(timeline.locator('li.refused')).toContainText('被拒');
  await expect(timeline.locator('li[data-kind="order"]').first()).toContainText('派出所 · 派出力量 · 派出所警车一 → 集贸市场餐馆液化气泄漏');
  await expect(timeline.locator('li[data-kind="order"]')).toHaveCount(2);
  await expect(timeline.locator('li[data-kind="inject"]').first()).toBeVisible();
  await page.getByTestId('timeline-kind-order').uncheck();
  await expect(timeline.locator('li[data-kind="order"]')).toHaveCount(0);
  await expect(timeline.locator('li[data-kind="phase"]').first()).toBeVisible();

  // The replay: the map drawn, played at ×60, then scrubbed to a moment.
  await page.waitForFunction(() => window.__drillhall?.review()?.replay.mapDrawn === true, null, { timeout: 30_000 });
  await page.getByTestId('replay-speed-60').click();
  await page.getByTestId('replay-play').click();
  await page.waitForFunction(() => (window.__drillhall?.review()?.replay.timeS ?? 0) > 90, null, { timeout: 15_000 });
  expect(await page.evaluate(() => window.__drillhall?.review()?.replay)).toMatchObject({ speed: 60, playing: true });
  await page.getByTestId('replay-play').click();
  await page.getByTestId('replay-speed-5').click();
  expect(await page.evaluate(() => window.__drillhall?.review()?.replay)).toMatchObject({ speed: 5, playing: false });
  await page.getByTestId('replay-scrubber').fill('600');
  expect(await page.evaluate(() => window.__drillhall?.review()?.replay.timeS)).toBe(600);
  await expect(page.getByTestId('replay-clock')).toContainText('11:40:00');
  // Beside the map, the latest events up to that moment, as the feed showed them then.
  const recent = await page.getByTestId('replay-events').locator('time').allTextContents();
  expect(recent.length).toBeGreaterThan(0);
  expect(recent.every((t) => t <= '11:40:00')).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('review.png'), fullPage: true });

  // In English, the same review, still scored, the replay where it was.
  await page.getByTestId('switch-language').click();
  await expect(page.getByTestId('review-verdict')).toContainText(`Score ${score!.total} / 100`);
  await expect(page.getByTestId('review-capabilities')).toContainText('information reporting');
  await expect(page.getByTestId('review-curves').locator('.uplot')).toHaveCount(2);
  await expect(page.getByTestId('review-curves')).toContainText('People moved out');
  expect(await page.evaluate(() => window.__drillhall?.review()?.replay.timeS)).toBe(600);
  await expect(page.getByTestId('replay-clock')).toContainText('10 min');
  expect(errors).toEqual([]);
});
