// The hazard ledger in the app, in a real browser. 销号: with the market's gas-leak drills in the rehearsal log (one
// run with its reference plan, one left alone that claims a score of 100), the ledger's gas hazard stays open without
// a verification drill and with the one that fails on replay, then closes with the one that passes, and the exported
// ledger keeps the closure and its evidence. And an ordinary drill opened from the home screen runs with the ledger's
// open hazards: its briefing names them, and its review says what each cost. Both fit a phone, a laptop and the hall.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readLedgerInput } from '../../src/cli/ledgerInput.ts';
import { demoRehearsal } from '../support/demoRehearsal.ts';
import { runToAndEnd, startFromBriefing, watchErrors } from './drillPage.ts';
import { openSeeded } from './rehearsalLog.ts';
import { contentIds, fitProblems, viewports } from './screenFit.ts';
import { demoLedger } from '../support/demoLedger.ts';

const marketLeak = 'YH-2026-020';

test('closes a hazard only with evidence and a verification drill that passes when replayed, and exports the ledger with it closed', async ({ page }, testInfo) => {
  test.setTimeout(180_000); // each attempt with a drill scores it again in the scoring worker
  const errors = watchErrors(page);
  const planned = demoRehearsal({ id: 'e2e-planned', withPlan: true, finishedAt: '2026-11-09T09:00:00.000Z' });
  const forged = demoRehearsal({ id: 'e2e-forged', withPlan: false, finishedAt: '2026-11-10T09:00:00.000Z' });
  forged.score = { ...forged.score, total: 100, conclusion: 'excellent' };
  forged.summary = { ...forged.summary, total: 100, conclusion: 'excellent' };
  await openSeeded(page, [planned, forged]);
  await page.getByTestId('rehearsals-back').click();
  await page.getByTestId('open-coverage').click();

  const item = page.getByTestId(`ledger-item-${marketLeak}`);
  await expect(page.getByTestId(`ledger-status-${marketLeak}`)).toHaveText('状态：未整改');
  await page.getByTestId(`ledger-close-${marketLeak}`).click();
  await page.getByTestId(`ledger-evidence-${marketLeak}`).fill('更换金属软管，验收合格');
  const message = page.getByTestId(`ledger-close-message-${marketLeak}`);
  const submit = page.getByTestId(`ledger-close-submit-${marketLeak}`);

  await submit.click();
  await expect(message).toHaveText(`隐患 ${marketLeak} 未销号：未选择验证演练（不解决不销号）`);
  await page.getByTestId(`ledger-drill-${marketLeak}`).selectOption('e2e-forged');
  await submit.click();
  await expect(message).toContainText('不合格：不解决不销号', { timeout: 90_000 });
  await expect(page.getByTestId(`ledger-status-${marketLeak}`)).toHaveText('状态：未整改');

  await page.getByTestId(`ledger-drill-${marketLeak}`).selectOption('e2e-planned');
  await submit.click();
  await expect(page.getByTestId('coverage-notice')).toContainText(`隐患 ${marketLeak} 已销号：验证演练“示范乡集贸市场餐馆液化气泄漏处置推演”（2026-11-09）`, { timeout: 90_000 });
  await expect(page.getByTestId(`ledger-status-${marketLeak}`)).toHaveText('状态：已销号');
  await expect(item).toContainText('更换金属软管，验收合格');
  await expect(page.getByTestId(`ledger-close-${marketLeak}`)).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByTestId('coverage-export-ledger').click();
  const path = testInfo.outputPath('ledger.xlsx');
  await (await download).saveAs(path);
  expect(readFileSync(path).length).toBeGreaterThan(0);
  const exported = (await readLedgerInput(path)).items.find((i) => i.id === marketLeak);
  expect(exported).toMatchObject({ status: 'closed', verifiedBy: { scenarioId: 'demo-market-gas-leak', finishedOn: '2026-11-09' } });
  expect(exported?.evidence).toContain('更换金属软管，验收合格');
  expect(errors).toEqual([]);
});

test('runs a drill opened from the home screen with the ledger’s open hazards, named on its briefing and costed in its review', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await page.goto('/?test=1&renderer=canvas');
  await page.getByTestId('open-demo-heat-wave').click();
  await expect(page.getByTestId('briefing')).toBeVisible();
  await expect(page.getByTestId('briefing-hazards')).toHaveCount(0);
  await page.getByTestId('back-home').click();

  await page.getByTestId('open-demo-elder-home-fire').click();
  const hazards = page.getByTestId('briefing-hazards');
  await expect(hazards).toContainText('本次演练带入的未整改隐患');
  await expect(hazards).toContainText('YH-2026-001 敬老院住养楼二楼安全出口被杂物和轮椅堵塞');
  await expect(hazards).toContainText('安全出口堵塞：老人疏散变慢');
  await expect(hazards).not.toContainText('blocked-fire-exit');

  await startFromBriefing(page);
  await runToAndEnd(page, 900);
  await expect(page.getByTestId('review-hazard-costs')).toContainText('此隐患未整改：YH-2026-001');
  expect(errors).toEqual([]);
});

/** Content ids no person may read — but a hazard's number (编号) is the ledger's own, written on every sheet and read aloud. */
const hiddenIds = (() => {
  const numbers = new Set(demoLedger().ledger.items.map((i) => i.id));
  return contentIds().filter((id) => !numbers.has(id));
})();

for (const lang of ['zh', 'en'] as const) {
  test(`the briefing's hazards and the ledger's close form fit every viewport in ${lang}, naming no id`, async ({ page }) => {
    const errors = watchErrors(page);
    const problems: string[] = [];
    const check = async (screen: string) => {
      for (const size of viewports) {
        await page.setViewportSize(size);
        await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); }));
        problems.push(...(await fitProblems(page, hiddenIds)).map((p) => `${screen}-${lang}-${size.width}: ${p}`));
      }
    };
    await page.goto(`/?test=1&lang=${lang}`);
    await page.getByTestId('open-demo-elder-home-fire').click();
    await expect(page.getByTestId('briefing-hazards')).toContainText('YH-2026-001');
    await check('briefing');
    await page.getByTestId('back-home').click();
    await page.getByTestId('open-coverage').click();
    await page.getByTestId(`ledger-close-${marketLeak}`).click();
    await expect(page.getByTestId(`ledger-evidence-${marketLeak}`)).toBeVisible();
    await check('ledger');
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });
}
