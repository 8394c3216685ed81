// The township map in a real browser: the demo township is drawn in full, with either renderer, without errors,
// and the test hook reports it without offering a way round the core.
import { expect, test } from '@playwright/test';
import { openDrill, watchErrors } from './drillPage.ts';

test('draws the demo township with its seven villages, its roads and every cell', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  await openDrill(page, 'demo-flood-transfer');
  const hook = await page.evaluate(() => {
    const h = window.__drillhall;
    return h ? { scene: h.scene, mapDrawn: h.mapDrawn, renderer: h.renderer, drawnCounts: { ...h.drawnCounts } } : null;
  });
  expect(hook).toMatchObject({ scene: 'tabletop', renderer: 'canvas', drawnCounts: { villages: 7, cells: 8000 } });
  expect(hook?.drawnCounts.roads).toBeGreaterThan(10);

  // The canvas holds a map, not a blank or single-colour screen: many distinct colours, little bare background.
  const pixels = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#game canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return null;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<number>();
    let background = 0;
    let sampled = 0;
    for (let i = 0; i < data.length; i += 4 * 7) {
      const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
      colours.add((r << 16) | (g << 8) | b);
      if (r === 0xdf && g === 0xe6 && b === 0xea) background++;
      sampled++;
    }
    return { width: canvas.width, height: canvas.height, distinct: colours.size, backgroundShare: background / sampled };
  });
  expect(pixels).not.toBeNull();
  expect(pixels?.width).toBeGreaterThan(400);
  expect(pixels?.distinct).toBeGreaterThan(500);
  expect(pixels?.backgroundShare).toBeLessThan(0.5);

  await expect(page.getByRole('heading', { name: 'DrillHall 乡镇应急演练电子沙盘' })).toBeVisible();
  await expect(page.locator('#drill-title')).toHaveText('示范乡汛期人员转移桌面推演');
  await expect(page).toHaveTitle(/示范乡/);

  const screenshot = testInfo.outputPath('township-map.png');
  await page.screenshot({ path: screenshot });
  await testInfo.attach('township-map', { path: screenshot, contentType: 'image/png' });
  expect(errors).toEqual([]);
});

test('the test hook cannot be replaced, and its snapshot is a copy', async ({ page }) => {
  await openDrill(page, 'demo-flood-transfer');
  const after = await page.evaluate(() => {
    const hook = window.__drillhall;
    const writable = window as unknown as Record<string, unknown>;
    const attempts = [
      () => { (hook as unknown as Record<string, unknown>).mapDrawn = false; },
      () => { (hook as unknown as Record<string, unknown>).snapshot = () => null; },
      () => { (hook?.drawnCounts as unknown as Record<string, number>).villages = 0; },
      () => { writable.__drillhall = { mapDrawn: false }; },
      () => { const s = hook?.snapshot(); if (s) { s.timeS = 99_999; s.villages[0]!.atHomeCount = -1; } },
    ];
    for (const attempt of attempts) {
      try { attempt(); } catch { /* a refusal is what we want; the state below is what counts */ }
    }
    const s = window.__drillhall?.snapshot();
    return { same: window.__drillhall === hook, mapDrawn: window.__drillhall?.mapDrawn, villages: window.__drillhall?.drawnCounts.villages, timeS: s?.timeS, atHome: (s?.villages[0]?.atHomeCount ?? -1) >= 0 };
  });
  expect(after).toEqual({ same: true, mapDrawn: true, villages: 7, timeS: 0, atHome: true });
});

test('boots with the WebGL renderer', async ({ page }) => {
  // Headless Chromium renders WebGL in software: slow to start, so allow it time.
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await page.goto('/?test=1&renderer=webgl&scenario=demo-market-gas-leak&start=1&speed=10');
  await page.waitForFunction(() => window.__drillhall?.mapDrawn === true, null, { timeout: 120_000 });
  const hook = await page.evaluate(() => ({ renderer: window.__drillhall?.renderer, counts: { ...window.__drillhall?.drawnCounts } }));
  expect(hook).toMatchObject({ renderer: 'webgl', counts: { villages: 7, cells: 8000 } });
  // The drill runs under WebGL too: time passes and the leak's incident shows in the list once it is known.
  await page.waitForFunction(() => (window.__drillhall?.snapshot()?.timeS ?? 0) > 5, null, { timeout: 30_000 });
  expect(errors).toEqual([]);
});

test('boots with the default renderer without a console error or page error', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await page.goto('/?test=1&scenario=demo-flood-transfer&start=1');
  await page.waitForFunction(() => window.__drillhall?.mapDrawn === true, null, { timeout: 120_000 });
  expect(errors).toEqual([]);
});
