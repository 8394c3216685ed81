// One side of the A/B core bench, in a process of its own: runs each demo scenario whole with its own reference plan
// on the core of the tree at `--root` (imported from that tree, with that tree's scenarios and plans): a warm-up, then
// `--runs` samples of whole drills repeated for at least 0.4 CPU seconds each; prints per scenario the sim seconds
// per CPU second and per wall second of each sample, and the end state's hash.
// `npx tsx src/cli/bench/coreab/sideRun.ts --root DIR [--runs 3] [--step whole|second] [--scenarios a,b]`
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pinToCpu } from '../kernels/pinToCpu.ts';
import type { CoreApi, CoreDrill, CoreSimulation, CoreTimedOrder } from './coreApi.ts';

export interface SideFigures { scenario: string; drillSeconds: number; cpuRates: number[]; wallRates: number[]; stateHash: string }

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}

const readContent = (path: string): string | undefined => {
  try {
    return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
};

function loaded(core: CoreApi, id: string): { drill: CoreDrill; plan: CoreTimedOrder[] } {
  const drill = core.loadDrill(`scenarios/${id}.json`, readContent);
  if (!drill.ok) throw new Error(core.formatProblems(drill.problems));
  const planPath = `scenarios/plans/${id}.json`;
  const plan = core.parseOrdersFile(planPath, readFileSync(planPath, 'utf8'));
  if (!plan.ok) throw new Error(core.formatProblems(plan.problems));
  return { drill: drill.value, plan: plan.value };
}

/** The drill from start to end with the plan's orders on time: one advance from order to order (`whole`), or one
 *  advance per sim second as the hall clock calls it (`second`). */
function runOnce(core: CoreApi, drill: CoreDrill, plan: readonly CoreTimedOrder[], perSecond: boolean): CoreSimulation {
  const sim = core.createSimulation(drill);
  const endS = drill.scenario.durationS;
  for (const { atS, order } of plan) {
    if (atS > endS) break;
    while (sim.timeS() < atS) sim.advance(perSecond ? 1 : atS - sim.timeS());
    sim.dispatch(order);
  }
  while (sim.timeS() < endS) sim.advance(perSecond ? 1 : endS - sim.timeS());
  return sim;
}

/** CPU seconds a sample runs for at least (whole drills, repeated), so that a short drill is not timed on one run. */
const sampleCpuS = 0.4;
/** CPU seconds of the uncounted warm-up (the JIT keeps optimising well past a single run). */
const warmUpCpuS = 1.2;
const cpuSecondsSince = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};

function measure(core: CoreApi, id: string, samples: number, perSecond: boolean): SideFigures {
  const { drill, plan } = loaded(core, id);
  const durationS = drill.scenario.durationS;
  // The end state's hash, outside the timing: both sides ran their drill to an end.
  const stateHash = core.stateHash(runOnce(core, drill, plan, perSecond).snapshot());
  const cpuRates: number[] = [];
  const wallRates: number[] = [];
  // The first sample warms the JIT up and is not counted.
  for (let sample = -1; sample < samples; sample++) {
    const cpuFrom = process.cpuUsage();
    const wallFrom = process.hrtime.bigint();
    let drills = 0;
    do {
      runOnce(core, drill, plan, perSecond);
      drills++;
    } while (cpuSecondsSince(cpuFrom) < (sample < 0 ? warmUpCpuS : sampleCpuS));
    const cpuS = cpuSecondsSince(cpuFrom);
    const wallS = Number(process.hrtime.bigint() - wallFrom) / 1e9;
    if (sample < 0) continue;
    cpuRates.push(Math.round((drills * durationS) / cpuS));
    wallRates.push(Math.round((drills * durationS) / wallS));
  }
  return { scenario: id, drillSeconds: durationS, cpuRates, wallRates, stateHash };
}

async function main(): Promise<void> {
  const root = option('--root', '');
  if (root === '') throw new Error('--root: the tree whose core to run');
  const runs = Number(option('--runs', '3'));
  const perSecond = option('--step', 'whole') === 'second';
  const scenarios = option('--scenarios', '').split(',').filter((s) => s !== '');
  pinToCpu(process.env.COREAB_CPU ?? '1');
  const core = (await import(pathToFileURL(join(root, 'src/sim/index.ts')).href)) as CoreApi;
  process.chdir(root);
  const results = scenarios.map((id) => measure(core, id, runs, perSecond));
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

await main();
