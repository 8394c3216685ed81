// One drill, one result everywhere: every demo scenario under its reference plan, and a drill with curveballs, run
// through the core in Chromium (test/e2e/crossEngine/ page) and here in Node must end with the same state hash,
// event count and score; and the portable math must give the fixture's bits in Chromium as it does in Node.
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readContentFiles } from '../../src/cli/readContentFiles.ts';
import { crossEngineDrills, crossEngineOutcome } from '../support/crossEngineRuns.ts';
import type { CrossEngineOutcome } from '../support/crossEngineRuns.ts';

const contentPaths = [...readdirSync('scenarios').map((f) => `scenarios/${f}`), ...readdirSync('scenarios/plans').map((f) => `scenarios/plans/${f}`)];
const drills = crossEngineDrills(contentPaths);

test.describe.configure({ mode: 'serial' });

let page: Page;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  await page.goto('/test/e2e/crossEngine/crossEngine.html');
  await page.waitForFunction(() => window.__crossEngine !== undefined);
});

test.afterAll(async () => {
  await page.close();
});

test('the page runs the same drills as Node', async () => {
  expect(await page.evaluate(() => window.__crossEngine!.drills)).toEqual(drills);
  expect(drills.length).toBeGreaterThanOrEqual(13);
});

test('the portable math gives the fixture\'s bits in Chromium for every fixed input', async () => {
  const check = await page.evaluate(() => window.__crossEngine!.mathCheck());
  expect(check.rows).toBeGreaterThan(3000);
  expect(check.mismatches).toEqual([]);
});

for (const drill of drills) {
  test(`${drill} ends with the same state hash, events and score in Chromium as in Node`, async () => {
    test.setTimeout(300_000);
    await page.evaluate((name) => window.__crossEngine!.start(name), drill);
    const inNode = crossEngineOutcome(readContentFiles, drill); // computed while the browser runs its own
    await page.waitForFunction((name) => window.__crossEngine!.result(name) !== null, drill, { timeout: 280_000, polling: 500 });
    const inChromium = await page.evaluate((name) => window.__crossEngine!.result(name), drill) as CrossEngineOutcome | string;
    expect(inChromium).toEqual(inNode);
    expect(inNode.refusedOrders).toBe(0);
  });
}
