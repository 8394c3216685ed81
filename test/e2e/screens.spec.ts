// Every screen at the hall's screen (1600×900), a laptop (1366×768) and a phone (390×844), in Chinese and in
// English: nothing wider than the viewport, no text cut in the report form, no id or code in the visible text.
// One page load per screen and language, resized between viewports; a screenshot of each is kept.
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openDrill, runUntil, tellCommandPost, watchErrors } from './drillPage.ts';
import { contentIds, fitProblems, viewports } from './screenFit.ts';

const ids = contentIds();
const languages = ['zh', 'en'] as const;
type Lang = (typeof languages)[number];

/** Checks the page at each viewport (after `atEach`, when given) and keeps a screenshot; returns the problems found. */
async function acrossViewports(page: Page, testInfo: TestInfo, screen: string, lang: Lang, atEach?: () => Promise<void>): Promise<string[]> {
  const found: string[] = [];
  for (const size of viewports) {
    await page.setViewportSize(size);
    await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); }));
    await atEach?.();
    const label = `${screen}-${lang}-${size.width}x${size.height}`;
    found.push(...(await fitProblems(page, ids)).map((p) => `${label}: ${p}`));
    const path = testInfo.outputPath(`${label}.png`);
    await page.screenshot({ path });
    await testInfo.attach(label, { path, contentType: 'image/png' });
  }
  return found;
}

for (const lang of languages) {
  test(`the home screen and the briefing fit every viewport in ${lang}`, async ({ page }, testInfo) => {
    const errors = watchErrors(page);
    await page.goto(`/?test=1&lang=${lang}`);
    await expect(page.getByTestId('open-rehearsals')).toBeVisible();
    const problems = await acrossViewports(page, testInfo, 'home', lang);
    await page.goto(`/?test=1&lang=${lang}&scenario=demo-xiling-grassland-fire`);
    await expect(page.locator('.briefing-text')).toBeVisible();
    problems.push(...await acrossViewports(page, testInfo, 'briefing', lang));
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  test(`the tabletop and its report form fit every viewport in ${lang}`, async ({ page }, testInfo) => {
    const errors = watchErrors(page);
    await openDrill(page, 'demo-market-gas-leak', `&lang=${lang}`);
    await runUntil(page, () => { const s = window.__drillhall!.snapshot()!; return s.incidents.some((i) => i.discoveredS !== null); });
    const problems = await acrossViewports(page, testInfo, 'tabletop', lang);
    problems.push(...await acrossViewports(page, testInfo, 'report-form', lang, async () => {
      if (!await page.getByTestId('report-form').isVisible()) await page.getByTestId('open-report').click();
      // Tabbing through every field never slides the form sideways.
      const form = page.getByTestId('report-form');
      await form.getByTestId('report-unit').focus();
      for (let i = 0; i < 16; i++) await page.keyboard.press('Tab');
      expect(await form.evaluate((d) => d.scrollLeft)).toBe(0);
      await form.getByTestId('report-unit').focus();
    }));
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  test(`the projector window shows the drill without the facilitator's panels and fits every viewport in ${lang}`, async ({ page, context }, testInfo) => {
    const errors = watchErrors(page);
    await openDrill(page, 'demo-market-gas-leak', `&lang=${lang}&mode=hall`);
    await runUntil(page, () => { const s = window.__drillhall!.snapshot()!; return s.incidents.some((i) => i.discoveredS !== null); });
    // The projector shows what the command post knows and announces: it is told of the leak and sends a unit to it.
    await tellCommandPost(page, 'market-lpg-leak');
    expect((await page.evaluate(() => window.__drillhall?.dispatch({ type: 'dispatchUnit', by: 'command-post', unit: 'scjg-team', to: { incident: 'market-lpg-leak' } })))?.ok).toBe(true);
    const [projector] = await Promise.all([context.waitForEvent('page'), page.getByTestId('open-projector').click()]);
    const projectorErrors = watchErrors(projector);
    await projector.waitForSelector('[data-testid="projector-screen"][data-map-drawn="true"]', { timeout: 30_000 });
    // The same drill, second for second: the clocks agree once the facilitator's window is paused.
    await expect(projector.getByTestId('clock')).toHaveText(await page.getByTestId('clock').innerText());
    await expect(projector.getByTestId('projector-feed')).toContainText(lang === 'zh' ? '液化气' : 'LPG');
    await expect(projector.getByTestId('inject-panel')).toHaveCount(0);
    await expect(projector.locator('.curveballs, [data-testid="curveball-panel"], [data-testid="acting-as"]')).toHaveCount(0);
    // No inject still to come is shown on the projector, though the facilitator's panel lists them.
    const upcoming = await page.evaluate(() => window.__drillhall?.snapshot()?.injects.filter((i) => i.status === 'pending').map((i) => i.id) ?? []);
    expect(upcoming.length).toBeGreaterThan(0);
    const projected = await projector.locator('body').innerText();
    for (const id of upcoming) {
      const message = await page.getByTestId(`inject-${id}`).locator('.inject-message').innerText();
      expect(projected).not.toContain(message);
    }
    const problems = await acrossViewports(projector, testInfo, 'projector', lang);
    expect(problems).toEqual([]);
    expect([...errors, ...projectorErrors]).toEqual([]);
  });
}

test('the review and the rehearsal log fit every viewport in both languages', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openDrill(page, 'demo-market-gas-leak', '&lang=zh');
  await runUntil(page, () => { const s = window.__drillhall!.snapshot()!; return s.timeS >= 600; });
  await page.getByTestId('end-drill').click();
  await page.getByTestId('end-drill').click();
  await page.waitForFunction(() => window.__drillhall?.review()?.status === 'scored', null, { timeout: 30_000 });
  const problems = await acrossViewports(page, testInfo, 'review', 'zh');
  await page.getByTestId('switch-language').click();
  problems.push(...await acrossViewports(page, testInfo, 'review', 'en'));
  await page.getByTestId('compare-rehearsals').click();
  await expect(page.getByTestId('rehearsals-comparison')).toBeVisible();
  problems.push(...await acrossViewports(page, testInfo, 'rehearsals', 'en'));
  await page.getByTestId('switch-language').click();
  problems.push(...await acrossViewports(page, testInfo, 'rehearsals', 'zh'));
  expect(problems).toEqual([]);
  expect(errors).toEqual([]);
});
