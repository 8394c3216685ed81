// The township map in a real browser: the demo township is drawn in full, with either renderer, without errors.
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

interface HookSnapshot {
  scene: string | null;
  mapDrawn: boolean;
  renderer: 'canvas' | 'webgl' | null;
  drawnCounts: { villages: number; roads: number; cells: number };
}

/** Collects console errors and uncaught exceptions from the moment it is called. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

async function openMap(page: Page, query: string, timeoutMs = 30_000): Promise<HookSnapshot> {
  await page.goto(`/?${query}`);
  await page.waitForFunction(() => window.__drillhall?.mapDrawn === true, null, { timeout: timeoutMs });
  return page.evaluate(() => {
    const hook = window.__drillhall;
    if (!hook) throw new Error('no test hook');
    return { scene: hook.scene, mapDrawn: hook.mapDrawn, renderer: hook.renderer, drawnCounts: { ...hook.drawnCounts } };
  });
}

test('draws the demo township with its seven villages, its roads and every cell', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  const hook = await openMap(page, 'test=1&renderer=canvas');

  expect(hook).toMatchObject({ scene: 'township-map', renderer: 'canvas', drawnCounts: { villages: 7, cells: 8000 } });
  expect(hook.drawnCounts.roads).toBeGreaterThan(10);

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

test('the test hook reports what is drawn but cannot be changed', async ({ page }) => {
  await openMap(page, 'test=1&renderer=canvas');
  const after = await page.evaluate(() => {
    const hook = window.__drillhall;
    const writable = window as unknown as Record<string, unknown>;
    const attempts = [
      () => { (hook as unknown as Record<string, unknown>).mapDrawn = false; },
      () => { (hook?.drawnCounts as unknown as Record<string, number>).villages = 0; },
      () => { writable.__drillhall = { mapDrawn: false }; },
    ];
    for (const attempt of attempts) {
      try { attempt(); } catch { /* a refusal is what we want; the state below is what counts */ }
    }
    return { same: window.__drillhall === hook, mapDrawn: window.__drillhall?.mapDrawn, villages: window.__drillhall?.drawnCounts.villages };
  });
  expect(after).toEqual({ same: true, mapDrawn: true, villages: 7 });
});

test('boots with the WebGL renderer', async ({ page }) => {
  // Headless Chromium renders WebGL in software: slow to start, so allow it time.
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  const hook = await openMap(page, 'test=1&renderer=webgl', 120_000);
  expect(hook).toMatchObject({ scene: 'township-map', mapDrawn: true, renderer: 'webgl', drawnCounts: { villages: 7, cells: 8000 } });
  expect(errors).toEqual([]);
});

test('boots with the default renderer without a console error or page error', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await openMap(page, 'test=1', 120_000);
  expect(errors).toEqual([]);
});
