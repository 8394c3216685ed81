// `npm run bench`: the project's speed and memory figures, printed as one JSON object. Targets are judged from
// these ratios and throughputs, never asserted as wall-clock limits in tests. `npm run bench -- core explosion`
// runs only the named parts; `npm run bench -- coreab --against c5c04b3` compares the core with another commit's.
import { formatProblems, loadDrill } from '../sim/index.ts';
import { coreThroughput } from './bench/coreThroughput.ts';
import { coreAbBench } from './bench/coreAbBench.ts';
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
  /** This tree's core against another commit's (--against), alternately, every demo scenario with its plan. */
  coreab: () => coreAbBench({ against, rounds: abRounds, step: abStep }),
};

/** Parts too long, or too tied to the host (a C compiler, a pinned vCPU), for the default run. */
const onlyWhenNamed = new Set(['kernels', 'hall', 'coreab']);
const wanted = process.argv.slice(2);

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** Takes `--name VALUE` out of the wanted parts; the fallback when absent. */
function option(name: string, fallback: string): string {
  const at = wanted.indexOf(name);
  if (at < 0) return fallback;
  const value = wanted[at + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name}: a value is missing`);
  wanted.splice(at, 2);
  return value;
}

// `--minutes N` sets the hall load test's length (default 3).
const hallMinutes = Number(option('--minutes', '3'));
if (!(hallMinutes > 0 && hallMinutes <= 60)) fail(`--minutes: the hall load test's length in minutes, 0 to 60 (got "${hallMinutes}")`);
// `--against COMMIT`, `--rounds N` (default 3) and `--step whole|second` (default whole) set the A/B of the core.
const against = option('--against', 'c5c04b3');
const abRounds = Number(option('--rounds', '3'));
if (!(Number.isInteger(abRounds) && abRounds > 0 && abRounds <= 20)) fail(`--rounds: the A/B rounds, 1 to 20 (got "${abRounds}")`);
const abStepOption = option('--step', 'whole');
if (abStepOption !== 'whole' && abStepOption !== 'second') fail(`--step: whole or second (got "${abStepOption}")`);
const abStep: 'whole' | 'second' = abStepOption;
const unknown = wanted.filter((name) => !(name in parts));
if (unknown.length > 0) fail(`unknown bench part(s): ${unknown.join(', ')}; known: ${Object.keys(parts).join(', ')}`);
const result: Record<string, unknown> = { node: process.version };
for (const [name, run] of Object.entries(parts)) {
  if ((wanted.length === 0 && !onlyWhenNamed.has(name)) || wanted.includes(name)) result[name] = await run();
}
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
