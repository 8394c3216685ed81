// `npm run bench -- hall [--minutes N]`: a load test of the hall server on loopback. The server runs as its own
// process (so its CPU and heap are its own); 60 scripted seats join one room at ×10, spread over the township's
// teams, and each gives an order every 2 s (its unit out and back, or a refused one where the team has none).
// Reported: order-to-view latency (send → the team's view after the outcome, whole or patched; median, p95), the
// server's CPU (share of one core), heap over time and event-loop delay, bytes received per second per seat, orders
// lost (sent, never answered) and the seats' view resyncs (a patch missed or not fitting: 0 when all is well).
import { Client } from 'colyseus.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenedMessage } from '../../hall/protocol.ts';
import { drillRoomName } from '../../hall/protocol.ts';
import { formatProblems, loadDrill, viewTeams } from '../../sim/index.ts';
import { readContentFiles } from '../readContentFiles.ts';

const scenario = 'demo-market-gas-leak';
const seatCount = 60;
const orderEveryMs = 2000;
const speed = 10;

interface Stats { cpuMs: number; heapUsedMB: number; rssMB: number; loopDelayP99Ms?: number; loopDelayMaxMs?: number }
interface SeatResults { sent: number; answered: number; latenciesMs: number[]; outcomeMs: number[]; bytesPerSecond: number[]; resyncs?: number }

const freePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? null;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function hallBench(minutes: number) {
  const loaded = loadDrill(`scenarios/${scenario}.json`, readContentFiles);
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  const teams = viewTeams(loaded.value).filter((t) => t !== 'facilitator' && t !== 'county');
  const destination = loaded.value.map.villages[0]!.id;
  const port = await freePort();
  const folder = mkdtempSync(join(tmpdir(), 'drillhall-bench-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, DRILLHALL_PORT: String(port), DRILLHALL_HOST: '127.0.0.1', DRILLHALL_DATA: join(folder, 'rooms'), DRILLHALL_STATS: '5' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stats: Stats[] = [];
  let ready = false;
  server.stdout.on('data', (b: Buffer) => {
    for (const line of b.toString().split('\n')) {
      if (line.startsWith('DrillHall:')) ready = true;
      if (line.startsWith('{"stats"')) stats.push((JSON.parse(line) as { stats: Stats }).stats);
    }
  });
  try {
    while (!ready) await sleep(100);
    const url = `http://127.0.0.1:${port}`;
    const director = await new Client(url).create(drillRoomName, { scenario, speed });
    director.onMessage('*', () => {});
    const opened = await new Promise<OpenedMessage>((resolve) => { director.onMessage('opened', resolve); });
    // The seats in processes of their own, 20 each.
    const perProcess = 20;
    const seatProcesses = Array.from({ length: seatCount / perProcess }, (_, k) => spawn(process.execPath, ['--import', 'tsx', 'src/cli/bench/hallSeats.ts', url, opened.pin, teams.join(','), String(k * perProcess), String(perProcess), String(minutes), destination], { stdio: ['pipe', 'pipe', 'inherit'] }));
    const outputs = seatProcesses.map((child) => {
      let out = '';
      child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
      return () => out;
    });
    while (!outputs.every((o) => o().includes('joined'))) await sleep(100);
    director.send('director', { ref: 1, directorKey: opened.directorKey, command: { kind: 'start' } });
    const startStats = stats.length;
    for (const child of seatProcesses) child.stdin.write('go\n');
    await Promise.all(seatProcesses.map((child) => new Promise((resolve) => child.once('exit', resolve))));
    const results = outputs.map((o) => JSON.parse(o().split('\n').find((l) => l.startsWith('{'))!) as SeatResults);
    const latencies = results.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
    const outcomes = results.flatMap((r) => r.outcomeMs).sort((a, b) => a - b);
    const sent = results.reduce((n, r) => n + r.sent, 0);
    const answered = results.reduce((n, r) => n + r.answered, 0);
    const bytesPerSecond = results.flatMap((r) => r.bytesPerSecond).sort((a, b) => a - b);
    const during = stats.slice(startStats);
    const first = during[0];
    const last = during.at(-1);
    await director.leave(true);
    return {
      scenario, seats: seatCount, teams: teams.length, speed, minutes, orderEveryS: orderEveryMs / 1000,
      ordersSent: sent, ordersAnswered: answered, ordersLost: sent - answered,
      orderToViewMs: { median: round(percentile(latencies, 50) ?? NaN), p95: round(percentile(latencies, 95) ?? NaN), max: round(latencies.at(-1) ?? NaN), samples: latencies.length },
      orderToOutcomeMs: { median: round(percentile(outcomes, 50) ?? NaN), p95: round(percentile(outcomes, 95) ?? NaN) },
      hostLoadAverage: loadavg().map((l) => round(l, 2)),
      serverCpuShareOfOneCore: first && last ? round((last.cpuMs - first.cpuMs) / (((during.length - 1) * 5000) || 1), 3) : null,
      serverHeapUsedMB: during.map((s) => round(s.heapUsedMB)),
      /** How late the server's event loop ran, per 5 s: the median of the intervals' p99, and the worst delay seen. */
      serverEventLoopDelayMs: { p99Median: round(percentile(during.map((s) => s.loopDelayP99Ms ?? NaN).sort((a, b) => a - b), 50) ?? NaN), max: round(Math.max(...during.map((s) => s.loopDelayMaxMs ?? NaN))) },
      serverRssMB: last ? round(last.rssMB) : null,
      viewResyncs: results.reduce((n, r) => n + (r.resyncs ?? 0), 0),
      bytesPerSecondPerSeat: { median: Math.round(percentile(bytesPerSecond, 50) ?? NaN), max: Math.round(bytesPerSecond.at(-1) ?? NaN) },
      goal: { p95BelowMs: 100, met: (percentile(latencies, 95) ?? Infinity) < 100 && sent === answered },
    };
  } finally {
    server.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  }
}
