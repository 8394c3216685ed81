// `npm run bench`: the project's speed and memory figures, printed as one JSON object. Targets are judged from
// these ratios and throughputs, never asserted as wall-clock limits in tests. `npm run bench -- core explosion`
// runs only the named parts.
import { formatProblems, loadDrill } from '../sim/index.ts';
import { coreThroughput } from './bench/coreThroughput.ts';
import { collapseBench } from './bench/collapseBench.ts';
import { collisionBench } from './bench/collisionBench.ts';
import { crowdBench } from './bench/crowdBench.ts';
import { floodBench } from './bench/floodBench.ts';
import { fireBench } from './bench/fireBench.ts';
import { frameTime } from './bench/frameTime.ts';
import { explosionBench } from './bench/explosionBench.ts';
import { hallBench } from './bench/hallBench.ts';
import { heatBench } from './bench/heatBench.ts';
import { kernelsBench } from './bench/kernelsBench.ts';
import { ledgerBench } from './bench/ledgerBench.ts';
import { poisoningBench } from './bench/poisoningBench.ts';
import { viewsBench } from './bench/viewsBench.ts';
import { readContentFiles } from './readContentFiles.ts';

const runs = Number(process.env.BENCH_RUNS ?? 9);

const parts: Record<string, () => unknown> = {
  core: () => {
    const demo = loadDrill('scenarios/demo-flood-transfer.json', readContentFiles);
    if (!demo.ok) throw new Error(formatProblems(demo.problems));
    return coreThroughput(demo.value, Number.isInteger(runs) && runs > 0 ? runs : 9);
  },
  explosion: explosionBench,
  collapse: collapseBench,
  heat: heatBench,
  collision: () => collisionBench(),
  flood: floodBench,
  poisoning: poisoningBench,
  fire: fireBench,
  crowd: () => crowdBench(),
  /** Every team's view once per sim second over each demo scenario with its plan: µs per view, JSON bytes, throughput. */
  views: viewsBench,
  /** The fire and crowd kernels on the perf-ref workloads, alternating with the C reference (not in the default run). */
  kernels: kernelsBench,
  /** Reading ledger sheets of 5,000 to 20,000 rows (CSV, .xlsx, every row bad) and refusing 100,000 and 200,000: rows per second, linear. */
  ledger: ledgerBench,
  /** Headless Chromium, Canvas renderer: frame times with the busiest scenario at ×10, and the first load's size. */
  browser: () => frameTime(),
  /** 60 scripted seats in one hall room at ×10 on loopback, an order each every 2 s (not in the default run). */
  hall: () => hallBench(hallMinutes),
};

/** Parts too long, or too tied to the host (a C compiler, a pinned vCPU), for the default run. */
const onlyWhenNamed = new Set(['kernels', 'hall']);
// `--minutes N` sets the hall load test's length (default 3).
const args = process.argv.slice(2);
const minutesAt = args.indexOf('--minutes');
const hallMinutes = minutesAt >= 0 ? Number(args[minutesAt + 1]) : 3;
if (!(hallMinutes > 0 && hallMinutes <= 60)) {
  process.stderr.write(`--minutes: the hall load test's length in minutes, 0 to 60 (got "${args[minutesAt + 1]}")\n`);
  process.exit(2);
}
const wanted = minutesAt >= 0 ? [...args.slice(0, minutesAt), ...args.slice(minutesAt + 2)] : args;
const unknown = wanted.filter((name) => !(name in parts));
if (unknown.length > 0) {
  process.stderr.write(`unknown bench part(s): ${unknown.join(', ')}; known: ${Object.keys(parts).join(', ')}\n`);
  process.exit(2);
}
const result: Record<string, unknown> = { node: process.version };
for (const [name, run] of Object.entries(parts)) {
  if ((wanted.length === 0 && !onlyWhenNamed.has(name)) || wanted.includes(name)) result[name] = await run();
}
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
