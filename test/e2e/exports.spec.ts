// The exports of a finished drill, as an evaluator uses them: the record and score as JSON, events and scores as
// CSV, the evaluation report as a Word file and as a printable A4 page, from the review screen's buttons.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { openDrill, runUntil, watchErrors } from './drillPage.ts';

const scenario = 'demo-market-gas-leak';
const titleZh = '示范乡集贸市场餐馆液化气泄漏处置推演';
const sectionTitles = ['一、演练目的', '二、演练时间和地点', '三、参演单位', '四、演练想定', '五、演练经过', '六、评估结论', '七、存在问题及原因', '八、经验教训', '九、整改措施'];

/** A short market gas-leak drill, ended, with its review scored and the export buttons ready. */
async function openExports(page: Page, lang: 'zh' | 'en' = 'zh'): Promise<void> {
  await openDrill(page, scenario, `&lang=${lang}`);
  await runUntil(page, () => { const s = window.__drillhall!.snapshot()!; return s.timeS >= 130; });
  await page.evaluate(() => window.__drillhall?.dispatch({ type: 'dispatchUnit', by: 'paichusuo', unit: 'pcs-car-1', to: { incident: 'market-lpg-leak' } }));
  await page.getByTestId('end-drill').click();
  await page.getByTestId('end-drill').click();
  await expect(page.getByTestId('export-docx')).toBeEnabled({ timeout: 30_000 });
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer; file: Download }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()), file };
}

const stamp = String.raw`\d{8}-\d{4}`;

test.describe('exports of a finished drill', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __printCalls: number; print: () => void };
      w.__printCalls = 0;
      w.print = () => { w.__printCalls++; };
    });
  });

  test('saves the record and score as JSON that names the scenario and holds its orders and score', async ({ page }) => {
    const errors = watchErrors(page);
    await openExports(page);
    const { name, bytes } = await download(page, 'export-json');
    expect(name).toMatch(new RegExp(`^${scenario}-${stamp}-记录与评分\\.json$`));
    const json = JSON.parse(bytes.toString('utf8')) as { kind: string; scenarioId: string; record: { orders: unknown[] }; score: { total: number; conclusion: string } };
    expect(json).toMatchObject({ kind: 'drillhall.drillExport', scenarioId: scenario });
    expect(json.record.orders.length).toBeGreaterThan(0);
    expect(typeof json.score.total).toBe('number');
    expect(errors).toEqual([]);
  });

  test('saves events and scores as CSV that Excel reads as Chinese', async ({ page }) => {
    await openExports(page);
    const events = await download(page, 'export-events-csv');
    expect(events.name).toMatch(new RegExp(`^${scenario}-${stamp}-事件表\\.csv$`));
    expect([...events.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const eventText = events.bytes.toString('utf8').slice(1);
    expect(eventText.split('\r\n')[0]).toBe('时间,演练秒数,类型,事件编号,事件名称,力量编号,力量名称,村编号,村名称,经过');
    expect(eventText).toContain('incident.started,market-lpg-leak,集贸市场餐馆液化气泄漏');
    const scores = await download(page, 'export-scores-csv');
    expect(scores.name).toMatch(new RegExp(`^${scenario}-${stamp}-评分表\\.csv$`));
    const scoreText = scores.bytes.toString('utf8');
    expect(scoreText).toMatch(/\r\n总分,\d+(\.\d)?\r\n/);
    expect(scoreText).toContain('各单位评分卡');
  });

  test('saves the evaluation report as a Word file with its nine sections, the scenario and the score', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const loadedDocx = () => requested.some((url) => /reportDocx/.test(url));
    await openExports(page);
    expect(requested.length).toBeGreaterThan(0);
    expect(loadedDocx()).toBe(false);
    const { name, bytes } = await download(page, 'export-docx');
    expect(name).toMatch(new RegExp(`^${scenario}-${stamp}-评估报告\\.docx$`));
    expect(loadedDocx()).toBe(true);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
    for (const title of sectionTitles) expect(xml).toContain(title);
    expect(xml).toContain(titleZh);
    expect(xml).toMatch(/\d+(\.\d)? 分（满分 100 分）/);
  });

  test('opens the report as a printable A4 page, black on white, one section to a sheet, and prints it', async ({ page }) => {
    await openExports(page);
    await page.getByTestId('export-print').click();
    const report = page.getByTestId('print-report');
    await expect(report).toBeVisible();
    await expect(report.locator('h1')).toContainText(titleZh);
    await expect(report.locator('h2')).toHaveText(sectionTitles);
    expect(await page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls)).toBe(1);
    const a4 = await page.evaluate(() => [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule instanceof CSSPageRule && /size:\s*A4/i.test(rule.cssText))));
    expect(a4).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#screen')).toBeHidden();
    await expect(report).toBeVisible();
    const look = await report.evaluate((el) => {
      const second = el.querySelectorAll('section')[1]!;
      return { colour: getComputedStyle(el).color, background: getComputedStyle(el).backgroundColor, breakBefore: getComputedStyle(second).breakBefore };
    });
    expect(look).toEqual({ colour: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', breakBefore: 'page' });
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('print-close').click();
    await expect(page.getByTestId('print-view')).toHaveCount(0);
  });

  test('names the files and writes the report in English when the hall speaks English', async ({ page }) => {
    await openExports(page, 'en');
    const { name, bytes } = await download(page, 'export-docx');
    expect(name).toMatch(new RegExp(`^${scenario}-${stamp}-evaluation-report\\.docx$`));
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
    expect(xml).toContain('1. Purpose of the drill');
    expect(xml).toContain('9. Corrective actions');
    const scores = await download(page, 'export-scores-csv');
    expect(scores.name).toMatch(new RegExp(`^${scenario}-${stamp}-scores\\.csv$`));
    expect(scores.bytes.toString('utf8')).toMatch(/\r\ntotal,\d+(\.\d)?\r\n/);
  });
});
