// Every disaster factor's hazard overlay, drawn in a real browser on its demo drill: the facilitator's view
// (director=1) shows each incident as it unfolds, and its overlay must put something on the map — burning cells,
// blast rings, the plume, flood depth, the crowd, heat strain, casualties by triage colour, the rubble zone. A
// screenshot of each is kept with the test's artifacts.
import { expect, test } from '@playwright/test';
import { openDrill, watchErrors } from './drillPage.ts';

const demoOf: Record<string, string> = {
  fire: 'demo-xiling-grassland-fire',
  explosion: 'demo-market-gas-leak',
  collision: 'demo-s215-bus-crash',
  collapse: 'demo-site-formwork-collapse',
  flood: 'demo-river-flood',
  crowd: 'demo-temple-fair-crush',
  poisoning: 'demo-water-plant-chlorine',
  heat: 'demo-heat-wave',
};

for (const [factor, scenario] of Object.entries(demoOf)) {
  test(`the ${factor} overlay draws on the map while ${scenario} runs`, async ({ page }, testInfo) => {
    const errors = watchErrors(page);
    await openDrill(page, scenario, '&mode=hall&director=1');
    await page.evaluate(() => window.__drillhall?.setSpeed(60));
    await page.waitForFunction((f) => window.__drillhall?.overlays().some((o) => o.factor === f && o.commands > 0) === true, factor, { timeout: 45_000 });
    await page.evaluate(() => window.__drillhall?.setSpeed(0));
    const drawn = await page.evaluate(() => window.__drillhall?.overlays() ?? []);
    expect(drawn.filter((o) => o.factor === factor).every((o) => o.commands > 0)).toBe(true);
    await testInfo.attach(`${factor}-overlay`, { body: await page.screenshot(), contentType: 'image/png' });
    expect(errors).toEqual([]);
  });
}
