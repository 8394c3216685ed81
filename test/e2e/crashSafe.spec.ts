// A hard crash loses nothing the player was told had been taken: Chromium is started here on a profile folder of
// its own, killed with SIGKILL mid-drill five times while the clock runs, and started again on the same folder; each
// time the resume card says what it recovered, and every order acknowledged before a kill is in the resumed record.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { chromium, expect, test } from '@playwright/test';

interface Running { child: ChildProcess; browser: Browser; page: Page }

/** Starts Chromium itself (so this test holds its process id) on `profile`, and connects to it. */
async function startChromium(profile: string): Promise<Running> {
  const child = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank',
  ], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let said = '';
    child.stderr.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(said);
      if (found) resolve(found[1]!);
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}) before listening: ${said.slice(-500)}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? await context.newPage();
  return { child, browser, page };
}

/** SIGKILL to the browser and every process it started (its process group, led by the process this test spawned). */
async function killHard(running: Running): Promise<void> {
  const exited = new Promise((resolve) => running.child.once('exit', resolve));
  process.kill(-running.child.pid!, 'SIGKILL');
  await exited;
}

const acknowledgedOrder = (round: number, n: number) => ({ type: 'issueWarning', by: 'command-post', colour: 'blue', to: 'township', message: `第${round}轮第${n}条：注意防汛` });

test('five hard kills mid-drill lose no acknowledged order, and the resume card says what it recovered', async ({ baseURL }) => {
  test.setTimeout(300_000);
  const profile = mkdtempSync(join(tmpdir(), 'drillhall-crash-'));
  const acknowledged: string[] = [];
  let timeBeforeKillS = 0;
  let running: Running | null = null;
  try {
    for (let round = 1; round <= 6; round++) {
      running = await startChromium(profile);
      const { page } = running;
      if (round === 1) {
        await page.goto(`${baseURL}/?test=1&renderer=canvas&scenario=demo-flood-transfer&start=1`);
      } else {
        await page.goto(`${baseURL}/?test=1&renderer=canvas`);
        const card = page.getByTestId('resume-card');
        await expect(card).toBeVisible({ timeout: 30_000 });
        await expect(card).toContainText(`已下达的 ${acknowledged.length} 条指令全部保留`);
        await page.getByTestId('resume').click();
      }
      await page.waitForFunction(() => window.__drillhall?.scene === 'tabletop' && window.__drillhall.mapDrawn, null, { timeout: 60_000 });
      const resumed = await page.evaluate(() => window.__drillhall!.record()!);
      const messages = resumed.orders.map((o) => ('message' in o.order ? o.order.message : ''));
      for (const message of acknowledged) expect(messages).toContain(message);
      // The clock is saved at least every 5 sim seconds; at ×10 the kill may land up to a real second after a save.
      expect(resumed.endS).toBeGreaterThanOrEqual(timeBeforeKillS - 5 - 10);
      if (round === 6) break;

      await page.evaluate(() => window.__drillhall!.setSpeed(10));
      for (let n = 1; n <= 2; n++) {
        await page.waitForTimeout(400);
        const order = acknowledgedOrder(round, n);
        const result = await page.evaluate((o) => window.__drillhall!.dispatch(o), order);
        expect(result?.ok).toBe(true);
        acknowledged.push(order.message);
      }
      await page.waitForTimeout(300 + 250 * round);
      timeBeforeKillS = await page.evaluate(() => window.__drillhall!.snapshot()!.timeS);
      await killHard(running);
      running = null;
    }
  } finally {
    if (running) await killHard(running);
    rmSync(profile, { recursive: true, force: true });
  }
  expect(acknowledged).toHaveLength(10);
});
