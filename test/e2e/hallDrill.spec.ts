// A whole hall drill against the real hall server (`src/server/main.ts`, started here on its own port, serving this
// build): the director opens a room on the laptop, the projector joins it, and two phones at 390×844 — the village
// that sees the grass fire and the township command post — join by PIN and team. The village calls and reports, the
// command post sends a unit and warns, the projector shows the warning, and the review scores the teams. The
// village's socket never received the truth of an incident it had not been told about, nor an inject before it
// reached the village, nor any other team's message.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { HallServerProcess } from '../support/hallProcesses.ts';
import { removeFolder, startServerProcess, stop, tempFolder } from '../support/hallProcesses.ts';
import type { ReceivedMessage } from './hallFrames.ts';
import { heldViews, recordFrames } from './hallFrames.ts';
import { contentIds, fitProblems } from './screenFit.ts';

const scenario = JSON.parse(readFileSync('scenarios/demo-xiling-grassland-fire.json', 'utf8')) as { injects: { id: string; to: string; messageZh: string; messageEn: string }[] };
/** The hall server's port beside this checkout's preview server (E2E_PORT). */
const port = Number(process.env.E2E_PORT ?? 4174) + 500;
const out = process.env.E2E_OUT ?? 'dist';
const ids = contentIds();
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

let server: HallServerProcess | undefined;
let data = '';
const contexts: BrowserContext[] = [];

test.beforeAll(async () => {
  data = tempFolder('hall-e2e');
  server = await startServerProcess(port, data, { DRILLHALL_DIST: out });
});

test.afterAll(async () => {
  for (const context of contexts) await context.close();
  await stop(server);
  removeFolder(data);
});

async function open(browser: Browser, path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, ...options });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

async function joinAs(page: Page, team: string): Promise<void> {
  await page.getByTestId(`join-team-${team}`).tap();
  await expect(page.getByTestId('seat-screen')).toBeVisible();
  await expect(page.getByTestId('seat-connection')).toHaveText('已连接');
}

/** Every view the village's sockets held (whole, or pieced from patches), with the frame that gave it. */
const viewsOf = (frames: readonly ReceivedMessage[]) => heldViews<{ team: string; incidents: { id: string; casualties: unknown; lossYuan: unknown }[]; messages: { kind: string; inject?: string; from?: string }[] }>(frames);

test.setTimeout(240_000);

test('two phones, the projector and the director play a hall drill; the village is never sent what it does not know', async ({ browser }) => {
  const director = await open(browser, '/?screen=director', { viewport: { width: 1280, height: 800 } });
  await director.getByTestId('director-scenario').selectOption('demo-xiling-grassland-fire');
  await director.getByTestId('director-open').click();
  const pin = (await director.getByTestId('director-pin').textContent())!.trim();
  expect(pin).toMatch(/^\d{6}$/);
  await expect(director.getByTestId('join-code')).toHaveAttribute('data-address', new RegExp(`\\?screen=join&pin=${pin}$`));
  const directorKey = (await director.getByTestId('director-key').textContent())!.trim();
  expect(directorKey.length).toBeGreaterThanOrEqual(16);

  const evaluatorLink = (await director.getByTestId('director-evaluator').getAttribute('href'))!;
  expect(evaluatorLink).not.toContain(directorKey);
  const evaluator = await open(browser, `/${evaluatorLink}`, { viewport: { width: 1280, height: 800 } });
  await expect(evaluator.getByTestId('evaluator-measure')).toBeVisible();
  const projector = await open(browser, `/?screen=projector&pin=${pin}`, { viewport: { width: 1600, height: 900 } });
  await expect(projector.getByTestId('projector-screen')).toHaveAttribute('data-following', 'true');

  const villageContext = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, ...phone });
  contexts.push(villageContext);
  const village = await villageContext.newPage();
  const villageFrames = recordFrames(village);
  await village.goto(`/?screen=join&pin=${pin}`);
  await joinAs(village, 'shangling');
  const post = await open(browser, `/?screen=join`, phone);
  await post.getByTestId('join-pin').fill(pin);
  await post.getByTestId('join-next').tap();
  await joinAs(post, 'command-post');
  await expect(director.getByTestId('director-seat-1')).toContainText('在线');
  await expect(director.getByTestId('director-seat-2')).toContainText('在线');

  // The drill runs at ×30: the village sees the smoke at 5 min (10 s of wall time).
  await director.getByTestId('director-speed').selectOption('30');
  await director.getByTestId('director-start').click();
  const fire = village.getByTestId('seat-incident-xiling-grass-fire');
  await expect(fire).toBeVisible({ timeout: 60_000 });
  await expect(post.getByTestId('seat-incident-xiling-grass-fire')).toHaveCount(0);
  // What the village knows of the fire before anyone told it figures, as its socket received it, for the check below.
  const truthBefore = villageFrames.length;

  // The village calls the command post, then files its first report.
  await fire.getByTestId('seat-incident-call').tap();
  await village.getByTestId('form-submit').tap();
  await expect(village.getByTestId('seat-call-form')).toHaveCount(0);
  await fire.getByTestId('seat-incident-report').tap();
  for (const [field, text] of [['unit', '上岭村'], ['place', '西岭草场'], ['scene', '草地起火，向村子蔓延'], ['course', '上岭村看到西岭方向浓烟'], ['measures', '民兵赶赴现场'], ['deaths', '0'], ['injured', '0'], ['missing', '0'], ['loss', '10000']] as const) {
    await village.getByTestId(`seat-report-${field}`).fill(text);
  }
  await village.getByTestId('form-submit').tap();
  await expect(village.getByTestId('seat-report-form')).toHaveCount(0);

  // The command post hears of the fire from the village's call, sends a unit there and warns the township.
  const postFire = post.getByTestId('seat-incident-xiling-grass-fire');
  await expect(postFire).toBeVisible({ timeout: 30_000 });
  expect(await fitProblems(post, ids)).toEqual([]);
  await expect(post.getByTestId('seat-arrival')).toContainText('上岭村');
  await postFire.getByTestId('seat-incident-dispatch').tap();
  const unit = post.getByTestId('seat-dispatch-unit');
  await unit.selectOption({ index: 1 });
  await post.getByTestId('form-submit').tap();
  await expect(post.getByTestId('seat-dispatch-form')).toHaveCount(0);
  await post.getByTestId('seat-tab-orders').tap();
  await post.getByTestId('seat-order-issueWarning').tap();
  await post.getByTestId('warning-orange').check();
  await post.getByTestId('warning-message').fill('西岭草场山火，上岭村群众做好转移准备');
  await post.getByTestId('form-submit').tap();
  await expect(post.getByTestId('warning-form')).toHaveCount(0);

  // The projector shows the warning; the village's phone receives it as it arrives.
  await expect(projector.getByTestId('projector-feed')).toContainText('西岭草场山火', { timeout: 15_000 });
  await expect(village.getByTestId('seat-arrival')).toContainText('西岭草场山火');

  // An evaluator notes what was seen against a rubric item, chosen by its name; the note is kept with the drill.
  await evaluator.getByTestId('evaluator-name').fill('王评估');
  await evaluator.getByTestId('evaluator-measure').selectOption({ label: '受威胁村庄在受影响前收到预警' });
  await evaluator.getByTestId('evaluator-text').fill('指挥部在山火逼近前发布了预警');
  await evaluator.getByTestId('evaluator-submit').click();
  await expect(evaluator.getByTestId('evaluator-notes')).toContainText('指挥部在山火逼近前发布了预警', { timeout: 15_000 });
  await expect(evaluator.getByTestId('evaluator-notes')).toContainText('王评估');
  expect(await fitProblems(projector, ids)).toEqual([]);

  // The director ends the drill: the review scores the teams, on the director's screen and the projector.
  await director.getByTestId('director-end').click();
  await expect(director.getByTestId('hall-ended')).toContainText('总分', { timeout: 60_000 });
  await expect(director.getByTestId('hall-scorecard-shangling')).toContainText('报送 1 份');
  await expect(director.getByTestId('hall-scorecard-command-post')).toContainText('下达指令 2 条');
  await expect(projector.getByTestId('hall-ended')).toContainText('总分');
  // The review on the director's and the evaluator's screens holds the note — time, rubric item by name, evaluator,
  // text —; the projector's shows the score without it.
  for (const page of [director, evaluator]) {
    const note = page.getByTestId('hall-notes').locator('tbody tr');
    await expect(note).toHaveCount(1);
    await expect(note).toContainText(/\d\d:\d\d:\d\d受威胁村庄在受影响前收到预警王评估指挥部在山火逼近前发布了预警/);
  }
  await expect(projector.getByTestId('hall-notes')).toHaveCount(0);

  // The village's socket: only its own team's views; the fire's figures as the village knew them (none: it saw the
  // smoke, nobody told it numbers), never the truth; no inject before it reached the village, none for another team.
  const views = viewsOf(villageFrames);
  expect(views.length).toBeGreaterThan(0);
  expect(views.every((m) => m.view.team === 'shangling')).toBe(true);
  const early = views.filter((m) => m.frame < truthBefore);
  expect(early.some((m) => m.view.incidents.some((i) => i.id === 'xiling-grass-fire'))).toBe(true);
  for (const m of early) {
    for (const incident of m.view.incidents) expect([incident.casualties, incident.lossYuan]).toEqual([null, null]);
  }
  // The join page looked at the room over HTTP, joining nothing: the phone's only socket is its seat's, which never
  // carried the director's, the projector's or the opener's messages.
  const seatSockets = new Set(villageFrames.filter((f) => f.type === 'welcome' && (f.message as { role: string }).role === 'seat').map((f) => f.socket));
  expect(villageFrames.filter((f) => !seatSockets.has(f.socket))).toEqual([]);
  const types = new Set(villageFrames.filter((f) => seatSockets.has(f.socket)).map((f) => f.type));
  expect([...types].filter((t) => t === 'director.view' || t === 'public.view' || t === 'opened')).toEqual([]);
  const text = JSON.stringify(villageFrames);
  for (const inject of scenario.injects.filter((i) => i.to !== 'shangling')) {
    expect(text).not.toContain(inject.id);
    expect(text).not.toContain(inject.messageZh);
  }
  // The village's own inject reaches it first as a delivered message of its view, never earlier as anything else.
  const ownInject = scenario.injects.find((i) => i.to === 'shangling')!;
  const first = villageFrames.findIndex((f) => JSON.stringify(f).includes(ownInject.id));
  if (first >= 0) expect(views.find((m) => m.frame === first)?.view.messages.some((m) => m.kind === 'inject' && m.inject === ownInject.id)).toBe(true);
  expect(text).not.toContain(directorKey);
  expect(text).not.toContain('指挥部在山火逼近前发布了预警');
});

test("a phone whose server is killed mid-drill takes its seat back by itself when the server comes back, with the drill where it stood", async ({ browser }) => {
  const ownPort = port + 1;
  const folder = tempFolder('hall-e2e-kill');
  let hall: HallServerProcess | undefined = await startServerProcess(ownPort, folder, { DRILLHALL_DIST: out });
  try {
    const base = { baseURL: `http://127.0.0.1:${ownPort}` };
    const director = await open(browser, '/?screen=director', { ...base, viewport: { width: 1280, height: 800 } });
    await director.getByTestId('director-scenario').selectOption('demo-xiling-grassland-fire');
    await director.getByTestId('director-open').click();
    const pin = (await director.getByTestId('director-pin').textContent())!.trim();
    const village = await open(browser, `/?screen=join&pin=${pin}`, { ...base, ...phone });
    await joinAs(village, 'shangling');
    await director.getByTestId('director-speed').selectOption('30');
    await director.getByTestId('director-start').click();
    await expect(village.getByTestId('seat-incident-xiling-grass-fire')).toBeVisible({ timeout: 60_000 });
    const before = (await village.getByTestId('seat-clock').textContent())!;

    await stop(hall, 'SIGKILL');
    await expect(village.getByTestId('seat-connection')).toHaveText('正在重新连接…');
    hall = await startServerProcess(ownPort, folder, { DRILLHALL_DIST: out });
    await expect(village.getByTestId('seat-connection')).toHaveText('已连接', { timeout: 30_000 });
    await expect(village.getByTestId('seat-incident-xiling-grass-fire')).toBeVisible();
    // The reopened room stands where its record left it, not at the start.
    expect((await village.getByTestId('seat-clock').textContent())! >= before).toBe(true);
  } finally {
    await stop(hall);
    removeFolder(folder);
  }
});
