// A team seat's map on a phone is the project's tabletop (Phaser, Canvas renderer) fed the team's view: it is drawn,
// one finger pans it, two fingers pinch it larger, and a tap picks a place or a unit as a click does on the laptop —
// the seat names what was picked, and a unit opens its card. Touches go through the browser's own touch input.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { scenarioDrill } from '../support/demoDrill.ts';

const drill = scenarioDrill('scenarios/demo-xiling-grassland-fire.json');
const shangling = drill.map.villages.find((v) => v.id === 'shangling')!;
const seat = '/?screen=seat&scenario=demo-xiling-grassland-fire&team=shangling&speed=1&lang=zh&test=1';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const probe = (page: Page) => page.evaluate(() => {
  const map = window.__drillhallSeat?.map();
  return map ? { drawn: map.drawn, renderer: map.renderer, camera: map.camera, tokens: map.tokens } : null;
});

/** Fingers moving from `from` to `to` (the page's CSS pixels) in eight steps, through Chromium's touch input. */
async function gesture(page: Page, from: readonly { x: number; y: number }[], to: readonly { x: number; y: number }[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: readonly { x: number; y: number }[]) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
  await touch('touchStart', from);
  for (let step = 1; step <= 8; step++) {
    await touch('touchMove', from.map((p, i) => ({ x: p.x + ((to[i]!.x - p.x) * step) / 8, y: p.y + ((to[i]!.y - p.y) * step) / 8 })));
  }
  await touch('touchEnd', []);
  await cdp.detach();
}

test("a village's seat shows the tabletop map at phone size, pans and pinches under the fingers, and a tap picks what is under it", async ({ page }) => {
  await page.goto(seat);
  await expect.poll(async () => (await probe(page))?.drawn ?? false, { timeout: 30_000 }).toBe(true);
  expect((await probe(page))?.renderer).toBe('canvas');
  const box = (await page.getByTestId('seat-map').locator('canvas').boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(350);
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

  // A tap on one of the village's own units picks the unit and opens its card on the units tab.
  const token = (await probe(page))!.tokens[0]!;
  await page.touchscreen.tap(box.x + token.screenX, box.y + token.screenY);
  await expect(page.getByTestId('seat-tab-units')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId(`seat-unit-${token.unit}`)).toBeVisible();
  await expect(page.getByTestId('seat-picked')).toContainText('地图上选中：');

  // A tap on the village picks it: the seat names it under the map.
  const village = (await page.evaluate((at) => window.__drillhallSeat?.map()?.screenOf(at), shangling.at))!;
  await page.touchscreen.tap(box.x + village.screenX, box.y + village.screenY);
  await expect(page.getByTestId('seat-picked')).toHaveText('地图上选中：上岭村');

  // Two fingers spreading zoom in about the point between them; one finger dragging pans.
  const before = (await probe(page))!.camera!;
  await gesture(page, [{ x: centre.x - 30, y: centre.y }, { x: centre.x + 30, y: centre.y }], [{ x: centre.x - 120, y: centre.y }, { x: centre.x + 120, y: centre.y }]);
  const pinched = (await probe(page))!.camera!;
  expect(pinched.zoom).toBeGreaterThan(before.zoom * 2);
  await gesture(page, [{ x: centre.x + 80, y: centre.y }], [{ x: centre.x - 80, y: centre.y }]);
  const panned = (await probe(page))!.camera!;
  expect(panned.zoom).toBeCloseTo(pinched.zoom, 6);
  expect(panned.scrollX).toBeGreaterThan(pinched.scrollX);
  // Neither gesture picked anything.
  await expect(page.getByTestId('seat-picked')).toHaveText('地图上选中：上岭村');
});
