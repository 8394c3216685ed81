// A village says the fire is out: its 续报 carries the state of the incident, chosen on the report form in words
// (started from what the village itself knows); the command post then knows the fire is over — its incident list
// greys it out and its feed says it learnt so — and the review lists the report with what it stated, and judges the
// false word against the truth (谎报).
import { expect, test } from '@playwright/test';
import { openDrill, runUntilKnown, sendDespiteWarning, watchErrors } from './drillPage.ts';

const fire = 'xiling-grass-fire';

test('a village reports the fire out in a 续报: the command post greys it out, and the review lists the report', async ({ page }) => {
  const errors = watchErrors(page);
  await openDrill(page, 'demo-xiling-grassland-fire', '&mode=hall&lang=zh');
  await runUntilKnown(page, 'shangling', fire, 60_000);
  const villageKnows = await page.evaluate((id) => window.__drillhall!.view('shangling')!.incidents.find((i) => i.id === id)!.phase, fire);
  expect(villageKnows).not.toBeNull();

  // 上岭村 files its 快报: the state of the incident starts from what the village knows.
  await page.getByTestId('acting-as').selectOption('shangling');
  await page.getByTestId('open-report').click();
  const form = page.getByTestId('report-form');
  await form.getByTestId('report-incident').selectOption(fire);
  await expect(form.getByTestId('report-kind')).toHaveValue('initial');
  await expect(form.getByTestId('report-phase')).toHaveValue(villageKnows!);
  await form.getByTestId('report-unit').fill('上岭村村委会');
  await form.getByTestId('report-place').fill('西岭草场');
  await form.getByTestId('report-scene').fill('草场起火，烟大');
  await sendDespiteWarning(form);

  // Its 续报 says the fire is out (it is not): the choice reads as words, the end as "the incident is over".
  await page.getByTestId('open-report').click();
  await form.getByTestId('report-incident').selectOption(fire);
  await expect(form.getByTestId('report-kind')).toHaveValue('followUp');
  await expect(form.getByTestId('report-phase').locator('option[value="extinguished"]')).toHaveText('彻底熄灭（事件已结束）');
  await form.getByTestId('report-phase').selectOption('extinguished');
  await form.getByTestId('report-scene').fill('明火已扑灭');
  await sendDespiteWarning(form);

  // The command post's view (the hall's default) now has the fire over: greyed out in its list, told by the village.
  await expect(page.getByTestId('view-switch')).toHaveAttribute('data-viewing', 'command-post');
  const row = page.getByTestId(`incident-${fire}`);
  await expect(row).toHaveClass(/status-ended/);
  await expect(row).toContainText('上岭村');
  await expect(row).toContainText('处置结束');
  await expect(page.getByTestId('event-feed')).toContainText('乡应急指挥部获悉');
  await expect(page.getByTestId('event-feed')).toContainText('已结束：彻底熄灭（接到上岭村的报告）');
  // The truth: the fire still burns, and 导演视角 shows it so.
  await page.getByTestId('view-facilitator').click();
  await expect(row).toHaveClass(/status-active/);
  await page.getByTestId('view-command-post').click();

  // The review lists the 续报 with the state it stated, and finds it false.
  await page.getByTestId('end-drill').click();
  await page.getByTestId('end-drill').click();
  await expect(page.getByTestId('debrief')).toBeVisible();
  const reports = page.getByTestId('debrief-reports');
  await expect(reports).toContainText('上岭村 → 乡应急指挥部 · 续报');
  await expect(reports).toContainText('事件进展：彻底熄灭（事件已结束）');
  await expect(page.getByTestId('review-findings')).toContainText('事件进展报彻底熄灭', { timeout: 60_000 });
  expect(errors).toEqual([]);
});

test('on the tabletop a station calls the command post from the incident card, saying what state the fire is in', async ({ page }) => {
  const errors = watchErrors(page);
  await openDrill(page, 'demo-xiling-grassland-fire', '&mode=hall&lang=en');
  await runUntilKnown(page, 'linchaozhan', fire, 60_000);
  const stationKnows = await page.evaluate((id) => window.__drillhall!.view('linchaozhan')!.incidents.find((i) => i.id === id)!.phase, fire);

  // The director's view shows the fire; 林草站 (acting) calls about it from its card.
  await page.getByTestId('view-facilitator').click();
  await page.getByTestId('acting-as').selectOption('linchaozhan');
  await page.getByTestId(`incident-${fire}`).click();
  await page.getByTestId('call-incident').click();
  const form = page.getByTestId('seat-call-form');
  await expect(form.getByTestId('seat-call-to')).toHaveValue('command-post');
  await expect(form.getByTestId('seat-call-phase')).toHaveValue(stationKnows!);
  await form.getByTestId('seat-call-phase').selectOption('contained');
  await form.getByTestId('form-submit').click();
  await expect(form).toBeHidden();

  // The call takes the phone's delay; the command post then knows the fire as contained, told by 林草站.
  await runUntilKnown(page, 'command-post', fire, 30_000);
  expect(await page.evaluate((id) => window.__drillhall!.view('command-post')!.incidents.find((i) => i.id === id), fire)).toMatchObject({ phase: 'contained', toldBy: 'linchaozhan', ended: false });
  await page.getByTestId('view-command-post').click();
  await expect(page.getByTestId(`incident-${fire}`)).toContainText('contained');
  expect(errors).toEqual([]);
});
