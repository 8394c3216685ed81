// Fills the app's rehearsal log in a real browser, as another session would have: entries written straight into the
// page's IndexedDB once the app has created it.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Writes entries into the `drillhall` database the page has already created. */
export async function seed(page: Page, entries: readonly unknown[]): Promise<void> {
  await page.evaluate(async (values) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('drillhall');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('rehearsals', 'readwrite');
      for (const value of values) tx.objectStore('rehearsals').put(value);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    db.close();
  }, entries);
}

/** Opens the log from home once so the app creates its database, seeds it, and opens the log again. */
export async function openSeeded(page: Page, entries: readonly unknown[]): Promise<void> {
  await page.goto('/?test=1');
  await page.getByTestId('open-rehearsals').click();
  await expect(page.getByTestId('rehearsals-empty')).toBeVisible();
  await seed(page, entries);
  await page.getByTestId('rehearsals-back').click();
  await expect(page.getByTestId('home')).toBeVisible();
  await page.getByTestId('open-rehearsals').click();
}
