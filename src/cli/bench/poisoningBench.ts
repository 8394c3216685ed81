// Benchmark of 毒 poisoning: sim seconds per wall second of the demo drills (chlorine plume, banquet, coal stoves),
// and the Gaussian plume evaluations per second behind the chlorine drill's exposure of the villages.
import { runDrill } from '../runDrill.ts';
import { readContentFiles } from '../readContentFiles.ts';
import type { Drill } from '../../sim/index.ts';
import { formatProblems, loadDrill } from '../../sim/index.ts';
import { housePoints, outdoorPpm, plumeNow } from '../../sim/bench.ts';

function drillAt(path: string): Drill {
  const loaded = loadDrill(path, readContentFiles);
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  return loaded.value;
}

const wallS = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;

/** Median, min and max sim seconds per wall second over `runs` runs of a drill with no orders, after a warm-up run. */
function throughput(drill: Drill, runs: number) {
  const rates: number[] = [];
  for (let run = -1; run < runs; run++) {
    const started = process.hrtime.bigint();
    runDrill({ drill, seed: drill.scenario.seed, orders: [], untilS: drill.scenario.durationS });
    if (run >= 0) rates.push(drill.scenario.durationS / wallS(started));
  }
  rates.sort((a, b) => a - b);
  return { drillSeconds: drill.scenario.durationS, median: Math.round(rates[Math.floor(runs / 2)]!), min: Math.round(rates[0]!), max: Math.round(rates[runs - 1]!) };
}

/** Plume evaluations per second at the chlorine drill's village houses, an hour into the release. */
function plumeEvaluations(drill: Drill, rounds: number): number {
  const spec = drill.scenario.incidents[0];
  if (spec?.factor !== 'poisoning' || spec.kind !== 'toxicRelease') throw new Error(`${drill.files.scenario}: its first incident is not a toxic release`);
  const source = drill.map.facilities.find((f) => 'place' in spec.at && f.id === spec.at.place)!.at;
  const plume = plumeNow({ release: spec.release, source, weather: drill.scenario.weather, sinceStartS: 3600, sinceStopS: null });
  const points = drill.map.villages.flatMap((v) => housePoints.map((p) => ({ xM: v.at.xM + p.xM * 350, yM: v.at.yM + p.yM * 350 })));
  let sink = 0;
  for (let r = 0; r < rounds / 10; r++) for (const p of points) sink += outdoorPpm(plume, p);
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const p of points) sink += outdoorPpm(plume, p);
  const perS = (rounds * points.length) / wallS(started);
  if (!Number.isFinite(sink)) throw new Error('the plume gave a non-finite concentration');
  return Math.round(perS);
}

export function poisoningBench(): Record<string, unknown> {
  const runs = 5;
  const chlorine = drillAt('scenarios/demo-water-plant-chlorine.json');
  return {
    runs,
    chlorineSimSecondsPerWallSecond: throughput(chlorine, runs),
    banquetSimSecondsPerWallSecond: throughput(drillAt('scenarios/demo-banquet-food-poisoning.json'), runs),
    coalStoveSimSecondsPerWallSecond: throughput(drillAt('scenarios/demo-coal-stove-co.json'), runs),
    housePointsPerTick: chlorine.map.villages.length * housePoints.length + chlorine.map.shelters.length + 1,
    plumeEvaluationsPerSecond: plumeEvaluations(chlorine, 2000),
  };
}
