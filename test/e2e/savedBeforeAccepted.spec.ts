// An order is acknowledged only once it is on disk (issue #17): while the browser has not yet finished writing the
// drill record to IndexedDB, the outcome line says it is saving; once the write completes, it says the order was
// taken, and the event feed shows what the order did only then. The page's IndexedDB transactions are held here by
// delaying their `complete` event until the test lets go.
import { expect, test } from '@playwright/test';
import { openDrill, watchErrors } from './drillPage.ts';

declare global {
  interface Window { __holdWrites?: boolean; __releaseWrites?: () => void }
}

test('the inject board says "saving" until the record is on disk, and "sent" only then; the feed waits too', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    // The original method, called below with each transaction as `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const add = IDBTransaction.prototype.addEventListener;
    IDBTransaction.prototype.addEventListener = function (this: IDBTransaction, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      if (type !== 'complete' || typeof listener !== 'function') return add.call(this, type, listener, options);
      const delayed = (event: Event) => (window.__holdWrites ? held.push(() => listener.call(this, event)) : listener.call(this, event));
      return add.call(this, type, delayed, options);
    } as typeof IDBTransaction.prototype.addEventListener;
    window.__releaseWrites = () => {
      window.__holdWrites = false;
      for (const resume of held.splice(0)) resume();
    };
  });
  await openDrill(page, 'demo-flood-transfer', '&director=1');
  const feedLines = page.getByTestId('event-feed').locator('li');
  const linesBefore = await feedLines.count();
  await page.evaluate(() => { window.__holdWrites = true; });
  await page.getByTestId('fire-elderly-refuses').click();
  const outcome = page.getByTestId('inject-panel').getByTestId('order-outcome');
  await expect(outcome).toHaveText('已发出（正在保存）');
  await page.waitForTimeout(1000);
  await expect(outcome).toHaveText('已发出（正在保存）');
  expect(await feedLines.count()).toBe(linesBefore);
  await page.evaluate(() => window.__releaseWrites?.());
  await expect(outcome).toHaveText('✓ 已发出');
  await expect.poll(() => feedLines.count()).toBeGreaterThan(linesBefore);
  expect(errors).toEqual([]);
});
