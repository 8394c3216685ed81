// The built app runs under its Content-Security-Policy (no inline script, no eval, connections to its own origin
// only) and nothing it does breaks it: the map (Phaser), the scoring worker, the review's charts (uPlot), the Word
// export (docx) and the rehearsal log, with the test hook, raise no violation.
import { expect, test } from '@playwright/test';
import { openDrill, runUntil, watchErrors } from './drillPage.ts';

test('the page carries a policy with no inline script, no eval and connections to its own origin only', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  expect(policy).toContain("connect-src 'self'");
  // The policy is enforced: an inline script added to the page does not run, and the refusal is reported.
  const inline = await page.evaluate(async () => {
    const reported = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true }));
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return { ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, refusedBy: await reported };
  });
  expect(inline).toEqual({ ran: false, refusedBy: 'script-src-elem' });
});

test('a drill, its review with charts and the Word export, and the rehearsal log raise no policy violation', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective}: ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  const errors = watchErrors(page);
  await openDrill(page, 'demo-market-gas-leak');
  await runUntil(page, () => { const s = window.__drillhall!.snapshot()!; return s.timeS >= 130; });
  await page.evaluate(() => window.__drillhall?.dispatch({ type: 'dispatchUnit', by: 'paichusuo', unit: 'pcs-car-1', to: { incident: 'market-lpg-leak' } }));
  await page.getByTestId('end-drill').click();
  await page.getByTestId('end-drill').click();
  await expect(page.getByTestId('export-docx')).toBeEnabled({ timeout: 60_000 });
  await expect(page.locator('.uplot').first()).toBeVisible();
  await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
  await page.getByTestId('compare-rehearsals').click();
  await expect(page.getByTestId('rehearsals')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  expect(errors).toEqual([]);
});
