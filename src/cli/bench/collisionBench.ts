// Benchmark: the road-crash physics — sim seconds per wall second of the S215 bus crash with the reference plan
// (ambulances shuttling) and left alone, and casualty updates (one casualty for one 10 s tick) per wall second.
import { formatProblems, loadDrill } from '../../sim/index.ts';
import { parseOrdersFile } from '../../sim/index.ts';
import type { TimedOrder } from '../../sim/index.ts';
import { readContentFiles } from '../readContentFiles.ts';
import { runDrill } from '../runDrill.ts';

const scenarioPath = 'scenarios/demo-s215-bus-crash.json';
const planPath = 'scenarios/plans/demo-s215-bus-crash.json';
const tickS = 10;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function planOrders(): TimedOrder[] {
  const parsed = parseOrdersFile(planPath, readContentFiles(planPath) ?? '');
  if (!parsed.ok) throw new Error(formatProblems(parsed.problems));
  return parsed.value;
}

export function collisionBench(runs = 5): Record<string, unknown> {
  const loaded = loadDrill(scenarioPath, readContentFiles);
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  const drill = loaded.value;
  const durationS = drill.scenario.durationS;
  const measure = (orders: TimedOrder[]) => {
    const rates: number[] = [];
    const casualtyUpdates: number[] = [];
    // The first run warms the JIT up and is not counted.
    for (let run = -1; run < runs; run++) {
      const started = process.hrtime.bigint();
      const { sim } = runDrill({ drill, seed: drill.scenario.seed, orders, untilS: durationS });
      const wallS = Number(process.hrtime.bigint() - started) / 1e9;
      const crash = sim.snapshot().incidents[0];
      const casualties = crash?.factor === 'collision' && crash.physics ? crash.physics.patients.length : 0;
      if (run >= 0) {
        rates.push(durationS / wallS);
        casualtyUpdates.push((casualties * durationS) / tickS / wallS);
      }
    }
    return { simSecondsPerWallSecond: Math.round(median(rates)), casualtyUpdatesPerSecond: Math.round(median(casualtyUpdates)) };
  };
  return { scenario: drill.scenario.id, drillSeconds: durationS, runs, referencePlan: measure(planOrders()), leftAlone: measure([]) };
}
