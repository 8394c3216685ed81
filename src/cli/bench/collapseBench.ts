// Benchmark: the collapse physics — sim seconds per wall second of the formwork-collapse drill run with its reference
// plan (every unit on scene working, shoring, search and extrication to the end), and rescue-work steps per second.
import { readFileSync } from 'node:fs';
import { formatProblems, loadDrill } from '../../sim/index.ts';
import { CollapseSpec } from '../../sim/bench.ts';
import type { Crew } from '../../sim/bench.ts';
import { rescueWork } from '../../sim/bench.ts';
import { trappedAtCollapse } from '../../sim/bench.ts';
import { RandomStreams } from '../../sim/bench.ts';
import { parseOrdersFile } from '../../sim/index.ts';
import { readContentFiles } from '../readContentFiles.ts';
import { runDrill } from '../runDrill.ts';

const scenarioPath = 'scenarios/demo-site-formwork-collapse.json';
const planPath = 'scenarios/plans/demo-site-formwork-collapse.json';

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** Rescue-work steps (one minute of every crew's work on every trapped person) per wall second, on 40 trapped and 8 crews. */
function workStepsPerSecond(spec: CollapseSpec): number {
  const steps = 20_000;
  const crews = (): Crew[] => ['search', 'fire', 'heavyLifting', 'search', 'fire', 'heavyLifting', 'medical', 'search']
    .map((c, i) => ({ unit: `u${i}`, capabilities: [c as Crew['capabilities'][number]], crewCount: 6, freeMin: 1, inRubble: false }));
  const started = process.hrtime.bigint();
  let people = trappedAtCollapse({ ...spec, trappedCount: 40 }, new RandomStreams('bench'), 0);
  for (let i = 0; i < steps; i++) {
    if (people.every((p) => p.status !== 'missing' && p.status !== 'located')) people = trappedAtCollapse({ ...spec, trappedCount: 40 }, new RandomStreams(`bench${i}`), 0);
    for (const p of rescueWork({ people, crews: crews(), spec, shoringLeftCrewMin: 0, dtMin: 1 }).freed) p.status = 'alive';
  }
  return steps / (Number(process.hrtime.bigint() - started) / 1e9);
}

export function collapseBench(): Record<string, unknown> {
  const drill = loadDrill(scenarioPath, readContentFiles);
  if (!drill.ok) throw new Error(formatProblems(drill.problems));
  const plan = parseOrdersFile(planPath, readFileSync(planPath, 'utf8'));
  if (!plan.ok) throw new Error(formatProblems(plan.problems));
  const { scenario } = drill.value;
  const rates: Record<string, number[]> = { plan: [], noOrders: [] };
  // The first round warms the JIT up and is not counted.
  for (let run = -1; run < 5; run++) {
    for (const [name, orders] of [['plan', plan.value], ['noOrders', []]] as const) {
      const started = process.hrtime.bigint();
      runDrill({ drill: drill.value, seed: scenario.seed, orders, untilS: scenario.durationS });
      if (run >= 0) rates[name]!.push(scenario.durationS / (Number(process.hrtime.bigint() - started) / 1e9));
    }
  }
  const spec = CollapseSpec.parse(scenario.incidents.find((i) => i.factor === 'collapse'));
  return {
    scenario: scenario.id,
    drillSeconds: scenario.durationS,
    simSecondsPerWallSecond: { withPlan: Math.round(median(rates.plan!)), noOrders: Math.round(median(rates.noOrders!)) },
    rescueWorkStepsPerSecond: Math.round(workStepsPerSecond(spec)),
  };
}
