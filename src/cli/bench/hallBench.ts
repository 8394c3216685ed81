// `npm run bench -- hall [--minutes N]`: a load test of the hall server on loopback. The server runs as its own
// process (so its CPU and heap are its own); 60 scripted seats join one room at ×10, spread over the township's
// teams, and each gives an order every 2 s (its unit out and back, or a refused one where the team has none).
// Reported: order-to-view latency (send → the team's view after the outcome; median, p95), the server's CPU (share
// of one core) and heap over time, bytes received per second per seat, and orders lost (sent, never answered).
import type { Room } from 'colyseus.js';
import { Client } from 'colyseus.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenedMessage, OutcomeMessage, ViewMessage } from '../../hall/protocol.ts';
import { drillRoomName } from '../../hall/protocol.ts';
import { formatProblems, loadDrill, viewTeams } from '../../sim/index.ts';
import { readContentFiles } from '../readContentFiles.ts';

const scenario = 'demo-market-gas-leak';
const seatCount = 60;
const orderEveryMs = 2000;
const speed = 10;

interface Stats { cpuMs: number; heapUsedMB: number; rssMB: number }

const freePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? null;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

class BenchSeat {
  bytes = 0;
  sent = new Map<number, number>();
  answered = new Set<number>();
  latenciesMs: number[] = [];
  outcomeMs: number[] = [];
  private awaitingView: { ref: number; sentMs: number }[] = [];
  private unit: string | null = null;
  private ref = 0;
  private out = false;

  constructor(readonly room: Room, readonly team: string) {
    const ws = (room.connection.transport as unknown as { ws: { on(event: 'message', f: (data: Buffer | ArrayBuffer) => void): void } }).ws;
    ws.on('message', (data) => { this.bytes += data.byteLength; });
    room.onMessage('outcome', (m: OutcomeMessage) => {
      this.answered.add(m.ref);
      const sentMs = this.sent.get(m.ref);
      if (sentMs !== undefined) this.awaitingView.push({ ref: m.ref, sentMs });
      if (sentMs !== undefined) this.outcomeMs.push(performance.now() - sentMs);
    });
    room.onMessage('view', (m: ViewMessage) => {
      this.unit ??= m.view.units[0]?.id ?? null;
      const now = performance.now();
      for (const waiting of this.awaitingView) this.latenciesMs.push(now - waiting.sentMs);
      this.awaitingView = [];
    });
    room.onMessage('*', () => {});
  }

  giveOrder(destination: string): void {
    const ref = ++this.ref;
    this.out = !this.out;
    const order = this.unit === null
      ? { type: 'recallUnit', by: this.team, unit: 'no-such-unit' }
      : this.out ? { type: 'dispatchUnit', by: this.team, unit: this.unit, to: { place: destination } } : { type: 'recallUnit', by: this.team, unit: this.unit };
    this.sent.set(ref, performance.now());
    this.room.send('order', { ref, order });
  }
}

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
    const seats: BenchSeat[] = [];
    for (let i = 0; i < seatCount; i++) {
      const team = teams[i % teams.length]!;
      seats.push(new BenchSeat(await new Client(url).joinById(opened.pin, { role: 'seat', team }), team));
    }
    director.send('director', { ref: 1, directorKey: opened.directorKey, command: { kind: 'start' } });
    const startStats = stats.length;
    const bytesAtStart = seats.map((s) => s.bytes);
    const startMs = performance.now();
    const durationMs = minutes * 60_000;
    // Each seat on its own 2 s beat, the beats spread evenly over the 2 s.
    const timers = seats.map((seat, i) => setTimeout(() => {
      seat.giveOrder(destination);
      timers[i] = setInterval(() => seat.giveOrder(destination), orderEveryMs);
    }, (i * orderEveryMs) / seatCount));
    await sleep(durationMs);
    for (const timer of timers) clearInterval(timer);
    const wallS = (performance.now() - startMs) / 1000;
    await sleep(3000);
    const latencies = seats.flatMap((s) => s.latenciesMs).sort((a, b) => a - b);
    const outcomes = seats.flatMap((s) => s.outcomeMs).sort((a, b) => a - b);
    const sent = seats.reduce((n, s) => n + s.sent.size, 0);
    const answered = seats.reduce((n, s) => n + s.answered.size, 0);
    const during = stats.slice(startStats);
    const first = during[0];
    const last = during.at(-1);
    for (const seat of seats) await seat.room.leave(true);
    await director.leave(true);
    return {
      scenario, seats: seatCount, teams: teams.length, speed, minutes, orderEveryS: orderEveryMs / 1000,
      ordersSent: sent, ordersAnswered: answered, ordersLost: sent - answered,
      orderToViewMs: { median: round(percentile(latencies, 50) ?? NaN), p95: round(percentile(latencies, 95) ?? NaN), max: round(latencies.at(-1) ?? NaN), samples: latencies.length },
      orderToOutcomeMs: { median: round(percentile(outcomes, 50) ?? NaN), p95: round(percentile(outcomes, 95) ?? NaN) },
      hostLoadAverage: loadavg().map((l) => round(l, 2)),
      serverCpuShareOfOneCore: first && last ? round((last.cpuMs - first.cpuMs) / (((during.length - 1) * 5000) || 1), 3) : null,
      serverHeapUsedMB: during.map((s) => round(s.heapUsedMB)),
      serverRssMB: last ? round(last.rssMB) : null,
      bytesPerSecondPerSeat: { median: percentile(seats.map((s, i) => (s.bytes - bytesAtStart[i]!) / wallS).sort((a, b) => a - b), 50)?.toFixed(0) ?? null, max: Math.max(...seats.map((s, i) => (s.bytes - bytesAtStart[i]!) / wallS)).toFixed(0) },
      goal: { p95BelowMs: 100, met: (percentile(latencies, 95) ?? Infinity) < 100 && sent === answered },
    };
  } finally {
    server.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  }
}
