// A share of the hall load test's seats in a process of its own (a hall's phones each have their own CPU; one Node
// process decoding every seat's views would measure itself): joins COUNT seats from FIRST over TEAMS, gives orders
// for the given minutes, and prints one JSON line of what it measured.
import { Client } from 'colyseus.js';
import { BenchSeat } from './benchSeat.ts';

const [url, pin, teamList, first, count, minutes, destination] = process.argv.slice(2);
const teams = teamList!.split(',');
const orderEveryMs = 2000;
const seatTotal = 60;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const seats: BenchSeat[] = [];
for (let i = Number(first); i < Number(first) + Number(count); i++) {
  const team = teams[i % teams.length]!;
  seats.push(new BenchSeat(await new Client(url).joinById(pin!, { role: 'seat', team }), team));
}
process.stdout.write('joined\n');
// Told to start on stdin, so every process's seats begin together.
await new Promise((resolve) => process.stdin.once('data', resolve));
const bytesAtStart = seats.map((s) => s.bytes);
const startMs = performance.now();
// Each seat on its own 2 s beat, the beats of all 60 seats spread evenly over the 2 s.
const timers: NodeJS.Timeout[] = seats.map((seat, i) => setTimeout(() => {
  seat.giveOrder(destination!);
  timers[i] = setInterval(() => seat.giveOrder(destination!), orderEveryMs);
}, ((Number(first) + i) * orderEveryMs) / seatTotal));
await sleep(Number(minutes) * 60_000);
for (const timer of timers) clearInterval(timer);
const wallS = (performance.now() - startMs) / 1000;
await sleep(3000);
process.stdout.write(`${JSON.stringify({
  sent: seats.reduce((n, s) => n + s.sent.size, 0),
  answered: seats.reduce((n, s) => n + s.answered.size, 0),
  latenciesMs: seats.flatMap((s) => s.latenciesMs),
  outcomeMs: seats.flatMap((s) => s.outcomeMs),
  resyncs: seats.reduce((n, s) => n + s.resyncs, 0),
  bytesPerSecond: seats.map((s, i) => (s.bytes - bytesAtStart[i]!) / wallS),
})}\n`);
for (const seat of seats) await seat.room.leave(true);
process.exit(0);
