// The tabletop in a real browser, driven the way a facilitator drives it: choose and start a drill, order units
// about on the map, file a report, pause and resume, switch language, come back after a reload. The test hook
// only observes (and, where a test says so, sets the speed); every order here goes through the page's controls.
import { expect, test } from '@playwright/test';
import { openDrill, runUntil, runUntilKnown, simTime, tellCommandPost, tokenOnPage, watchErrors } from './drillPage.ts';

test('boots to the home screen, opens the demo scenario and starts it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?test=1&renderer=canvas');
  await expect(page.getByTestId('home')).toBeVisible();
  expect(await page.evaluate(() => window.__drillhall?.scene)).toBe('home');
  await expect(page.getByTestId('scenario-demo-market-gas-leak')).toContainText('示范乡集贸市场餐馆液化气泄漏处置推演');

  await page.getByTestId('open-demo-market-gas-leak').click();
  await expect(page.getByTestId('briefing')).toContainText('赶集日中午');
  await expect(page.getByTestId('briefing')).toContainText('派出所');
  await page.getByTestId('start-drill').click();

  await page.waitForFunction(() => window.__drillhall?.mapDrawn === true);
  expect(await page.evaluate(() => window.__drillhall?.scene)).toBe('tabletop');
  await expect(page.getByTestId('clock')).toHaveText('11:30:00');
  expect(errors).toEqual([]);
});

test('dispatches a unit picked on the map to an incident and sees its token arrive', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  await openDrill(page, 'demo-market-gas-leak');
  // The leak is reported to the police station after two minutes: run the clock with the ×60 button until then.
  await page.getByTestId('speed-60').click();
  await runUntilKnown(page, 'paichusuo', 'market-lpg-leak');
  // The hall's tabletop shows the command post's view: the leak only once the command post is told of it.
  await expect(page.getByTestId('incident-market-lpg-leak')).toHaveCount(0);
  // The command post acts on what it knows: the facilitator tells it of the leak (as the police station's call would).
  await tellCommandPost(page, 'market-lpg-leak');
  await expect(page.getByTestId('incident-market-lpg-leak')).toBeVisible();

  // Pick the market regulation team's token at its base on the map, and send it to the leak.
  const token = await tokenOnPage(page, 'scjg-team');
  await page.mouse.click(token.x, token.y);
  await expect(page.getByTestId('unit-card')).toContainText('市场监管执法组');
  await page.getByTestId('unit-target-select').selectOption('incident:market-lpg-leak');
  await page.getByTestId('dispatch-unit').click();
  await expect(page.getByTestId('unit-card').getByTestId('order-outcome')).toContainText('已派出市场监管执法组');
  expect(await page.evaluate(() => window.__drillhall?.snapshot()?.units.find((u) => u.id === 'scjg-team')?.status)).toBe('enRoute');
  await expect(page.getByTestId('event-feed')).toContainText('乡应急指挥部派出市场监管执法组前往集贸市场餐馆液化气泄漏');

  // Let it drive there; its token ends where the incident is.
  await runUntil(page, () => { const s = window.__drillhall!.snapshot()!; return s.units.find((u) => u.id === 'scjg-team')?.status === 'onScene'; });
  const drawn = await page.evaluate(() => window.__drillhall?.tokens().find((t) => t.unit === 'scjg-team'));
  const incidentAt = await page.evaluate(() => {
    const s = window.__drillhall?.snapshot();
    const unit = s?.units.find((u) => u.id === 'scjg-team');
    return unit?.at ?? null;
  });
  expect(drawn).toBeDefined();
  expect(Math.hypot((drawn?.xM ?? 0) - (incidentAt?.xM ?? 1e9), (drawn?.yM ?? 0) - (incidentAt?.yM ?? 1e9))).toBeLessThan(1);
  await expect(page.getByTestId('event-feed')).toContainText('市场监管执法组到达集贸市场餐馆液化气泄漏');

  // On scene, the card offers the leak's actions the unit can take: close the valve.
  await page.mouse.click(...Object.values(await tokenOnPage(page, 'scjg-team')) as [number, number]);
  await page.getByTestId('action-closeValve').click();
  await expect(page.getByTestId('event-feed')).toContainText('阀门已关闭');

  const screenshot = testInfo.outputPath('tabletop-gas-leak.png');
  await page.screenshot({ path: screenshot });
  await testInfo.attach('tabletop-gas-leak', { path: screenshot, contentType: 'image/png' });
  expect(errors).toEqual([]);
});

test('files a first report with its six elements, then sees it in the feed and the debrief', async ({ page }) => {
  await openDrill(page, 'demo-market-gas-leak');
  await runUntil(page, () => { const s = window.__drillhall!.snapshot()!; return s.incidents[0]!.discoveredS !== null; });
  await tellCommandPost(page, 'market-lpg-leak');
  await page.getByTestId('open-report').click();
  const form = page.getByTestId('report-form');
  await expect(form).toBeVisible();
  await form.getByTestId('report-unit').fill('集贸市场老街饭庄');
  await form.getByTestId('report-place').fill('集贸市场东侧背街');
  await form.getByTestId('report-scene').fill('后厨液化气泄漏，气味浓烈');
  await form.getByTestId('report-course').fill('液化气瓶组软管破裂');
  await form.getByTestId('report-deaths').fill('0');
  await form.getByTestId('report-injured').fill('0');
  await form.getByTestId('report-missing').fill('0');
  await form.getByTestId('report-measures').fill('疏散群众，设置警戒');
  await form.getByTestId('report-other').fill('需关阀断电');
  // The time is prefilled in 24 h; the loss is left out, so the form says so once, and sends at the second press.
  await expect(form.getByTestId('report-time')).toHaveValue(/^([01]\d|2[0-3]):[0-5]\d$/);
  await form.getByTestId('form-submit').click();
  await expect(form.getByTestId('order-outcome')).toContainText('损失');
  await expect(form.getByTestId('form-submit')).toHaveText('仍然报送');
  await form.getByTestId('form-submit').click();
  await expect(form).toBeHidden();

  const report = await page.evaluate(() => window.__drillhall?.snapshot()?.reports[0]);
  expect(report).toMatchObject({ by: 'command-post', to: 'county', kind: 'initial', incident: 'market-lpg-leak' });
  expect(report?.elements).toMatchObject({ unit: '集贸市场老街饭庄', factor: 'explosion', casualties: { deaths: 0, injured: 0, missing: 0 }, measures: '疏散群众，设置警戒' });
  await expect(page.getByTestId('event-feed')).toContainText('乡应急指挥部向县级力量报送快报');

  // A follow-up starts from that report.
  await page.getByTestId('open-report').click();
  await expect(form.getByTestId('report-kind')).toHaveValue('followUp');
  await expect(form.getByTestId('report-unit')).toHaveValue('集贸市场老街饭庄');
  await form.getByTestId('form-cancel').click();

  // Ending the drill takes a second press; the debrief then lists the report.
  await page.getByTestId('end-drill').click();
  await page.getByTestId('end-drill').click();
  await expect(page.getByTestId('debrief')).toBeVisible();
  await expect(page.getByTestId('debrief-reports')).toContainText('快报');
  expect(await page.evaluate(() => window.__drillhall?.scene)).toBe('debrief');
});

test('a refused order shows the core\'s reason where it was given and changes nothing', async ({ page }) => {
  await openDrill(page, 'demo-flood-transfer');
  await page.getByTestId('acting-as').selectOption('hetan');
  await page.mouse.click(...Object.values(await tokenOnPage(page, 'xicun-militia')) as [number, number]);
  await expect(page.getByTestId('unit-card')).toContainText('西村民兵应急分队');
  await page.getByTestId('unit-target-select').selectOption('place:hetan');
  await page.getByTestId('dispatch-unit').click();
  await expect(page.getByTestId('unit-card').getByTestId('order-outcome')).toContainText('西村民兵应急分队不归河滩村指挥');
  expect(await page.evaluate(() => window.__drillhall?.snapshot()?.units.find((u) => u.id === 'xicun-militia')?.status)).toBe('atBase');
});

test('pauses and resumes the drill, injects included', async ({ page }) => {
  await openDrill(page, 'demo-flood-transfer');
  await page.getByTestId('speed-30').click();
  await page.waitForFunction(() => (window.__drillhall?.snapshot()?.timeS ?? 0) >= 30);
  await page.getByTestId('pause').click();
  await expect(page.getByTestId('paused-flag')).toBeVisible();
  const paused = await simTime(page);
  await page.waitForTimeout(1200);
  expect(await simTime(page)).toBe(paused);

  // The space bar runs it again, at the speed it had.
  await page.keyboard.press('Space');
  await page.waitForFunction((t) => (window.__drillhall?.snapshot()?.timeS ?? 0) > t + 10, paused);
  await page.keyboard.press('Space');
  const stopped = await simTime(page);
  // Step runs one minute while paused.
  await page.getByTestId('step').click();
  expect(await simTime(page)).toBe(stopped + 60);
});

test('switches between Chinese and English at any time', async ({ page }) => {
  await openDrill(page, 'demo-flood-transfer');
  await runUntil(page, () => { const s = window.__drillhall!.snapshot()!; return s.timeS >= 1; });
  await expect(page.getByTestId('event-feed')).toContainText('情景注入送达乡应急指挥部');
  await page.getByTestId('switch-language').click();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await expect(page.getByTestId('event-feed')).toContainText('Event feed');
  await expect(page.getByTestId('event-feed')).toContainText('orange rainstorm warning');
  await expect(page.getByTestId('command-bar')).toContainText('Warning');
  await expect(page.locator('#drill-title')).toHaveText('Shifan Township: moving people out ahead of a flood (tabletop)');
  // The map is drawn again, in English, and the drill carries on where it was.
  await page.waitForFunction(() => window.__drillhall?.mapDrawn === true && window.__drillhall.language === 'en');
  await page.keyboard.press('t');
  await expect(page.getByTestId('command-bar')).toContainText('发布预警');
});

test('resumes a drill after a reload by replaying its record', async ({ page }) => {
  await openDrill(page, 'demo-flood-transfer');
  await page.mouse.click(...Object.values(await tokenOnPage(page, 'hetan-militia')) as [number, number]);
  await page.getByTestId('unit-target-select').selectOption('place:hetan-lowground');
  await page.getByTestId('dispatch-unit').click();
  await runUntil(page, () => { const s = window.__drillhall!.snapshot()!; return s.timeS >= 120; });
  const before = await page.evaluate(() => window.__drillhall?.snapshot());

  await page.reload();
  await expect(page.getByTestId('resume-card')).toBeVisible();
  await page.getByTestId('resume').click();
  await page.waitForFunction(() => window.__drillhall?.scene === 'tabletop' && window.__drillhall.mapDrawn);
  const after = await page.evaluate(() => window.__drillhall?.snapshot());
  expect(after?.timeS).toBe(before?.timeS);
  expect(after?.units.find((u) => u.id === 'hetan-militia')).toEqual(before?.units.find((u) => u.id === 'hetan-militia'));
  await expect(page.getByTestId('event-feed')).toContainText('乡应急指挥部派出河滩村民兵防汛分队前往河滩村低洼地');
});

test('the facilitator fires an inject ahead of its time', async ({ page }) => {
  await openDrill(page, 'demo-flood-transfer');
  await page.getByTestId('fire-dike-seepage').click();
  await expect(page.getByTestId('inject-dike-seepage')).toContainText('已发出');
  // The inject goes to 水管所, not the command post, whose view the feed shows: 导演视角 shows it.
  await expect(page.getByTestId('event-feed')).not.toContainText('巡堤人员报告：柳湾村段堤脚出现渗水');
  await page.getByTestId('view-facilitator').click();
  await expect(page.getByTestId('event-feed')).toContainText('巡堤人员报告：柳湾村段堤脚出现渗水');
  expect(await page.evaluate(() => window.__drillhall?.snapshot()?.injects.find((i) => i.id === 'dike-seepage')?.status)).toBe('delivered');
});

test('draws an area on the map and moves the villages inside it to a shelter', async ({ page }) => {
  await openDrill(page, 'demo-flood-transfer');
  const hetan = await page.evaluate(() => window.__drillhall?.tokens().find((t) => t.unit === 'hetan-cadres'));
  const box = await page.locator('#game canvas').boundingBox();
  expect(hetan && box).toBeTruthy();
  const centre = { x: box!.x + hetan!.screenX, y: box!.y + hetan!.screenY - 14 };
  await page.keyboard.press('e');
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.mouse.move(centre.x + 25, centre.y, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('area-card')).toContainText('河滩村');
  await page.getByTestId('shelter-select').selectOption('shelter-school');
  await page.getByTestId('evacuate').click();
  await expect(page.getByTestId('area-card').getByTestId('order-outcome')).toContainText('已下令转移');
  const evacuation = await page.evaluate(() => window.__drillhall?.snapshot()?.villages.find((v) => v.id === 'hetan')?.evacuation);
  expect(evacuation).toMatchObject({ shelter: 'shelter-school', by: 'command-post' });
});

test('self-training plays one role: no facilitator controls, and its injects carry the action expected', async ({ page }) => {
  await page.goto('/?test=1&renderer=canvas');
  await page.getByTestId('mode-training').check();
  await page.getByTestId('open-demo-flood-transfer').click();
  await page.getByTestId('role-command-post').check();
  await page.getByTestId('start-drill').click();
  await page.waitForFunction(() => window.__drillhall?.mapDrawn === true);
  await expect(page.getByTestId('command-bar')).toContainText('你扮演：乡应急指挥部');
  await expect(page.getByTestId('acting-as')).toHaveCount(0);
  await expect(page.getByTestId('inject-panel')).toHaveCount(0);
  await expect(page.getByTestId('event-feed')).toContainText('提示：启动应急响应，向沿河村发布预警，开放安置点。');
});

test('closes a road picked on the map, and opens it again', async ({ page }) => {
  await openDrill(page, 'demo-flood-transfer');
  // A point on provincial road S215, between two of its vertices in the demo map.
  const box = await page.locator('#game canvas').boundingBox();
  const road = await page.evaluate(() => window.__drillhall?.screenOf({ xM: 650, yM: 3800 }));
  await page.mouse.click(box!.x + road!.screenX, box!.y + road!.screenY);
  await expect(page.getByTestId('road-card')).toContainText('省道S215');
  await page.getByTestId('close-road').click();
  expect(await page.evaluate(() => window.__drillhall?.snapshot()?.closedRoads)).toEqual(['s215']);
  await page.getByTestId('reopen-road').click();
  expect(await page.evaluate(() => window.__drillhall?.snapshot()?.closedRoads)).toEqual([]);
  await expect(page.getByTestId('event-feed')).toContainText('乡应急指挥部恢复省道S215通行');
});
