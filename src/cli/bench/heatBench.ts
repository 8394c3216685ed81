// Benchmark: the heat-wave physics — sim seconds per wall second of the demo heat-wave afternoon (four groups at
// risk, with the reference plan and without orders), person-hours of exposure evaluated per wall second, and
// hour-of-weather evaluations per second.
import { formatProblems, loadDrill } from '../../sim/index.ts';
import { heatHour } from '../../sim/bench.ts';
import { parseOrdersFile } from '../../sim/index.ts';
import { readContentFiles } from '../readContentFiles.ts';
import { runDrill } from '../runDrill.ts';

const scenarioPath = 'scenarios/demo-heat-wave.json';
const planPath = 'scenarios/plans/demo-heat-wave.json';

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

export function heatBench(): Record<string, unknown> {
  const drill = loadDrill(scenarioPath, readContentFiles);
  if (!drill.ok) throw new Error(formatProblems(drill.problems));
  const plan = parseOrdersFile(planPath, readContentFiles(planPath) ?? '');
  if (!plan.ok) throw new Error(formatProblems(plan.problems));
  const durationS = drill.value.scenario.durationS;
  const rates: Record<'plan' | 'none', number[]> = { plan: [], none: [] };
  let personHours = 0;
  let wallTotalS = 0;
  // The first round warms the JIT up and is not counted.
  for (let run = -1; run < 5; run++) {
    for (const variant of ['plan', 'none'] as const) {
      const started = process.hrtime.bigint();
      const { sim } = runDrill({ drill: drill.value, seed: drill.value.scenario.seed, orders: variant === 'plan' ? plan.value : [], untilS: durationS });
      const wallS = Number(process.hrtime.bigint() - started) / 1e9;
      if (run < 0) continue;
      rates[variant].push(durationS / wallS);
      wallTotalS += wallS;
      personHours += sim.snapshot().incidents.reduce((n, i) => n + (i.factor === 'heat' && i.physics ? i.physics.peopleCount : 0), 0) * (durationS / 3600);
    }
  }
  const heat = drill.value.scenario.incidents.find((i) => i.factor === 'heat');
  if (!heat) throw new Error(`${scenarioPath} has no heat incident to measure`);
  const wave = heat.heatWave;
  const evaluations = 200_000;
  const started = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < evaluations; i++) sink += heatHour(wave, (i % 4800) / 100).wbgtSunC;
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    scenario: drill.value.scenario.id,
    drillSeconds: durationS,
    simSecondsPerWallSecond: { withPlan: Math.round(median(rates.plan)), withoutOrders: Math.round(median(rates.none)) },
    personHoursPerWallSecond: Math.round(personHours / wallTotalS),
    weatherHourEvaluationsPerSecond: Math.round(evaluations / wallS),
    checksum: Math.round(sink),
  };
}
