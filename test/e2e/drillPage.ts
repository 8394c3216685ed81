// Shared steps of the browser tests: open a page with the test hook, watch for errors, read the drill through
// `window.__drillhall`, and find things on the map's canvas.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Collects console errors and uncaught exceptions from the moment it is called. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** Waits for the tabletop with its map drawn. */
async function tabletopDrawn(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(() => window.__drillhall?.scene === 'tabletop' && window.__drillhall.mapDrawn, null, { timeout: timeoutMs });
}

/** Opens a drill straight onto the tabletop (Canvas unless told otherwise) and waits for the map to be drawn. */
export async function openDrill(page: Page, scenario: string, extra = '', timeoutMs = 30_000): Promise<void> {
  await page.goto(`/?test=1&renderer=canvas&scenario=${scenario}&start=1${extra}`);
  await tabletopDrawn(page, timeoutMs);
}

/** From the briefing: starts the drill and waits for the tabletop's map. */
export async function startFromBriefing(page: Page): Promise<void> {
  await page.getByTestId('start-drill').click();
  await tabletopDrawn(page, 30_000);
}

/** Runs the drill at ×60 to `untilS` sim seconds, ends it (the button asks twice) and waits for the review's score. */
export async function runToAndEnd(page: Page, untilS: number): Promise<void> {
  await page.evaluate(() => window.__drillhall?.setSpeed(60));
  await page.waitForFunction((s) => (window.__drillhall?.snapshot()?.timeS ?? 0) >= s, untilS, { timeout: 60_000 });
  await page.evaluate(() => window.__drillhall?.setSpeed(0));
  await page.getByTestId('end-drill').click();
  await page.getByTestId('end-drill').click();
  await page.waitForFunction(() => window.__drillhall?.review()?.status === 'scored', null, { timeout: 60_000 });
}

export async function simTime(page: Page): Promise<number> {
  return page.evaluate(() => window.__drillhall?.snapshot()?.timeS ?? -1);
}

/**
 * Runs the drill until `until` holds in the page, at ×60, then pauses. `until` is a function, not a string of one: the
 * app's Content-Security-Policy refuses strings evaluated as script, the test's as much as anyone's.
 */
export async function runUntil(page: Page, until: () => boolean, timeoutMs = 20_000): Promise<void> {
  await page.evaluate(() => window.__drillhall?.setSpeed(60));
  await page.waitForFunction(until, null, { timeout: timeoutMs });
  await page.evaluate(() => window.__drillhall?.setSpeed(0));
}

/** Runs the drill at ×60 until `team` knows of `incident` (seen, told or reported), then pauses. */
export async function runUntilKnown(page: Page, team: string, incident: string, timeoutMs = 20_000): Promise<void> {
  await page.evaluate(() => window.__drillhall?.setSpeed(60));
  await page.waitForFunction(([t, i]) => window.__drillhall?.view(t)?.incidents.some((known) => known.id === i) === true, [team, incident], { timeout: timeoutMs });
  await page.evaluate(() => window.__drillhall?.setSpeed(0));
}

/** The page coordinates of a unit's token, as the map last drew it. */
export async function tokenOnPage(page: Page, unit: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('#game canvas').boundingBox();
  const token = await page.evaluate((id) => window.__drillhall?.tokens().find((t) => t.unit === id) ?? null, unit);
  expect(box).not.toBeNull();
  expect(token).not.toBeNull();
  return { x: box!.x + token!.screenX, y: box!.y + token!.screenY };
}

/** The facilitator tells the command post of an incident at once (an inject), through the test hook: for tests of what
 *  the command post does once it knows, not of how it comes to know. */
export async function tellCommandPost(page: Page, incident: string): Promise<void> {
  const result = await page.evaluate((id) => window.__drillhall?.dispatch({ type: 'relayInformation', by: 'facilitator', to: 'command-post', incident: id }), incident);
  expect(result?.ok).toBe(true);
}

/** Sends a form whose first press only warns of what is left out: the button then reads 仍然报送, and the second sends. */
export async function sendDespiteWarning(form: Locator): Promise<void> {
  await form.getByTestId('form-submit').click();
  await expect(form.getByTestId('form-submit')).toHaveText('仍然报送');
  await form.getByTestId('form-submit').click();
  await expect(form).toBeHidden();
}
