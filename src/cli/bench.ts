// `npm run bench`: the project's speed and memory figures, printed as one JSON object. Targets are judged from
// these ratios and throughputs, never asserted as wall-clock limits in tests.
import { formatProblems, loadDrill } from '../sim/index.ts';
import { coreThroughput } from './bench/coreThroughput.ts';
import { readContentFiles } from './readContentFiles.ts';

const demo = loadDrill('scenarios/demo-flood-transfer.json', readContentFiles);
if (!demo.ok) {
  process.stderr.write(`${formatProblems(demo.problems)}\n`);
  process.exit(2);
}
const runs = Number(process.env.BENCH_RUNS ?? 9);
const result = {
  node: process.version,
  core: coreThroughput(demo.value, Number.isInteger(runs) && runs > 0 ? runs : 9),
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
