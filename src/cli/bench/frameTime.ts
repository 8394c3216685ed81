// Benchmark of the browser view: builds the app, serves it with `vite preview` on loopback, and in headless
// Chromium (Canvas renderer) measures (1) the frame time — median and 95th percentile of the intervals between
// animation frames — while the busiest scenario runs at ×10 in the facilitator's view with every unit moving and
// every overlay on (the facilitator adds a curveball of each of the township's templates, so every factor's hazard
// overlay draws at once), and (2) the gzipped size of everything the first page load fetches. It always stops the
// server it started.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { chromium } from '@playwright/test';
import type { Drill, PointM } from '../../sim/index.ts';
import { loadDrill } from '../../sim/index.ts';
import { readContentFiles } from '../readContentFiles.ts';

export interface FrameTimeResult {
  scenario: string;
  renderer: 'canvas';
  speed: 10;
  viewport: { width: number; height: number };
  frames: number;
  medianMs: number;
  p95Ms: number;
  /** Main-thread work per frame (Chrome's TaskDuration): less sensitive than the intervals to a busy machine. */
  mainThreadMsPerFrame: number;
  /** The factors whose hazard overlays drew on the map while the frames were measured. */
  overlaysDrawn: string[];
  firstLoad: { gzipBytes: number; files: { path: string; gzipBytes: number }[] };
}

const viewport = { width: 1920, height: 1080 };

/** The drill with the most incidents, then injects: the most for the view to draw. */
export function busiestDrill(): Drill {
  const drills = readdirSync('scenarios').filter((f) => f.endsWith('.json')).sort()
    .map((f) => loadDrill(`scenarios/${f}`, readContentFiles)).flatMap((d) => (d.ok ? [d.value] : []));
  const busiest = [...drills].sort((a, b) => b.scenario.incidents.length - a.scenario.incidents.length || b.scenario.injects.length - a.scenario.injects.length)[0];
  if (!busiest) throw new Error('frameTime: no scenario in scenarios/ loads');
  return busiest;
}

/**
 * For every curveball template of the drill's township, the clicks to try in turn until one places it: the map's
 * facilities, villages, sites and other named objects, then every bend of every road and embankment.
 */
function curveballClicks(drill: Drill): { template: string; clicks: PointM[] }[] {
  const { map } = drill;
  const named = [...map.facilities, ...map.villages, ...map.stations, ...map.places, ...map.shelters].map((o) => o.at);
  const lines = [...map.roads.map((r) => r.pointsM), ...map.water.map((w) => w.pointsM)].flat();
  return drill.curveballs.map((t) => ({ template: t.id, clicks: [...named, ...lines] }));
}

async function servePreview(port: number): Promise<{ url: string; server: ChildProcess }> {
  // Its own process group, so that stopping it stops npx and the vite process under it.
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { detached: true, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let waitedMs = 0; waitedMs < 30_000; waitedMs += 250) {
    try { if ((await fetch(url)).ok) return { url, server }; } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop(server);
  throw new Error(`frameTime: vite preview did not answer on ${url}`);
}

function stop(server: ChildProcess): void {
  if (server.pid !== undefined && server.exitCode === null) {
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
}

async function firstLoad(browser: Browser, url: string): Promise<FrameTimeResult['firstLoad']> {
  const page = await browser.newPage({ viewport });
  const files: { path: string; gzipBytes: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(response.body().then((body) => { files.push({ path: new URL(response.url()).pathname, gzipBytes: gzipSync(body).length }); }, () => undefined));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await page.close();
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0), files };
}

async function measureFrames(browser: Browser, url: string, drill: Drill, seconds: number): Promise<{ intervals: number[]; mainThreadMs: number; overlaysDrawn: string[] }> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${url}/?test=1&renderer=canvas&mode=hall&director=1&scenario=${drill.scenario.id}&start=1`);
  await page.waitForFunction(() => window.__drillhall?.mapDrawn === true, null, { timeout: 60_000 });
  // Every overlay on: a curveball of each template, at the first click it can be placed at.
  await page.evaluate(async (curveballs) => {
    const hook = window.__drillhall!;
    for (const { template, clicks } of curveballs) {
      for (const at of clicks) if ((await hook.dispatch({ type: 'addIncident', by: 'facilitator', template, at }))?.ok === true) break;
    }
  }, curveballClicks(drill));
  // Keep the view busy: every unit on the map sets off for a village, and every county force is called in.
  await page.evaluate(async () => {
    const hook = window.__drillhall!;
    const state = hook.snapshot()!;
    const villages = state.villages.map((v) => v.id);
    await Promise.all(state.units.map((u, i) => hook.dispatch({ type: 'dispatchUnit', by: 'command-post', unit: u.id, to: { place: villages[i % villages.length] } })));
    for (const force of ['fireRescue', 'medical', 'trafficPolice', 'emergencyManagement']) await hook.dispatch({ type: 'requestCountySupport', by: 'command-post', force });
    hook.setSpeed(10);
  });
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskS = async (): Promise<number> => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  const before = await taskS();
  const intervals = await page.evaluate<number[]>(measureScript(seconds * 1000));
  const mainThreadMs = (await taskS() - before) * 1000;
  const overlaysDrawn = await page.evaluate(() => [...new Set(window.__drillhall!.overlays().filter((o) => o.commands > 0).map((o) => o.factor))].sort());
  await page.close();
  return { intervals, mainThreadMs, overlaysDrawn };
}

/**
 * The page-side measurement, as source text: the intervals between animation frames for `ms`. (A function
 * passed from here would be rewritten by the TypeScript runner with helpers the page does not have.)
 */
const measureScript = (ms: number): string => `new Promise((resolve) => {
  const out = [];
  let last = performance.now();
  const end = last + ${ms};
  requestAnimationFrame(function frame(now) {
    out.push(now - last);
    last = now;
    if (now < end) requestAnimationFrame(frame); else resolve(out);
  });
})`;

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const round = (ms: number): number => Math.round(ms * 100) / 100;

/** Builds, serves, measures and stops; run from the project's root. */
export async function frameTime(options: { port?: number; seconds?: number } = {}): Promise<FrameTimeResult> {
  const build = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`frameTime: vite build failed\n${build.stderr}`);
  const drill = busiestDrill();
  const { url, server } = await servePreview(options.port ?? 4176);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const load = await firstLoad(browser, url);
    const measured = await measureFrames(browser, url, drill, options.seconds ?? 10);
    const intervals = [...measured.intervals].sort((a, b) => a - b);
    return {
      scenario: drill.scenario.id, renderer: 'canvas', speed: 10, viewport, frames: intervals.length,
      medianMs: round(percentile(intervals, 0.5)), p95Ms: round(percentile(intervals, 0.95)),
      mainThreadMsPerFrame: round(measured.mainThreadMs / intervals.length), overlaysDrawn: measured.overlaysDrawn, firstLoad: load,
    };
  } finally {
    await browser?.close();
    stop(server);
  }
}
