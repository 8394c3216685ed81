// Benchmark: the fire physics — sim seconds per wall second of the Xiling grassland fire left alone (it burns
// through the hills for the whole two hours) and of the elder-home fire, and cellular-automaton cell updates
// (one neighbour's ignition chance worked out and drawn) per wall second on the demo map.
import type { Drill } from '../../sim/index.ts';
import { formatProblems, loadDrill } from '../../sim/index.ts';
import { Cell, fireGridOf } from '../../sim/bench.ts';
import { drillSpreadTable, neighbourWindFactors, spreadGeneration } from '../../sim/bench.ts';
import { readContentFiles } from '../readContentFiles.ts';
import { runDrill } from '../runDrill.ts';

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function drillAt(path: string): Drill {
  const drill = loadDrill(path, readContentFiles);
  if (!drill.ok) throw new Error(formatProblems(drill.problems));
  return drill.value;
}

/** Median sim seconds per wall second over five runs with no orders, after one warm-up run. */
function simSecondsPerWallSecond(drill: Drill): number {
  const rates: number[] = [];
  for (let run = -1; run < 5; run++) {
    const started = process.hrtime.bigint();
    runDrill({ drill, seed: drill.scenario.seed, orders: [], untilS: drill.scenario.durationS });
    if (run >= 0) rates.push(drill.scenario.durationS / (Number(process.hrtime.bigint() - started) / 1e9));
  }
  return Math.round(median(rates));
}

/** Burns the whole demo map from a row of ignitions, generation after generation, counting neighbour evaluations. */
function cellUpdatesPerSecond(drill: Drill): { cellUpdatesPerSecond: number; generations: number } {
  const spec = drill.scenario.incidents.find((i) => i.factor === 'fire' && i.kind === 'wildland');
  if (spec?.factor !== 'fire' || spec.kind !== 'wildland') throw new Error(`${drill.files.scenario} has no wildland fire to burn`);
  const grid = fireGridOf(drill.map, spec.wildland);
  const { table, ignited } = drillSpreadTable(grid, neighbourWindFactors(6, 0));
  let seed = 12345;
  const draw = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  let updates = 0;
  let generations = 0;
  const started = process.hrtime.bigint();
  for (let round = 0; round < 20; round++) {
    const cells: number[] = grid.fuel.map((f) => (f ? Cell.fuel : Cell.noFuel));
    let burning: number[] | Int32Array = Array.from({ length: grid.widthCells }, (_, x) => 10 * grid.widthCells + x).filter((c) => cells[c] === Cell.fuel);
    for (const c of burning) cells[c] = Cell.burning;
    while (burning.length > 0) {
      updates += burning.length * 8;
      generations += 1;
      burning = spreadGeneration({ cells, burning, table, ignited, breachShare: 0.05, spread: true, draw }).slice();
    }
  }
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  return { cellUpdatesPerSecond: Math.round(updates / wallS), generations };
}

export function fireBench(): Record<string, unknown> {
  const grassland = drillAt('scenarios/demo-xiling-grassland-fire.json');
  const elderHome = drillAt('scenarios/demo-elder-home-fire.json');
  return {
    scenarios: [grassland.scenario.id, elderHome.scenario.id],
    grasslandSimSecondsPerWallSecond: simSecondsPerWallSecond(grassland),
    buildingSimSecondsPerWallSecond: simSecondsPerWallSecond(elderHome),
    ...cellUpdatesPerSecond(grassland),
  };
}
