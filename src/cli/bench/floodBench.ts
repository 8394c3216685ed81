// Benchmark: the flood physics — sim seconds per wall second of the river-flood drill left alone (a breach and the
// low ground filling), and grid cells advanced per second by the inundation scheme on the flooded township (each
// sub-step covers the whole grid; the scheme itself only visits the wet part of it).
import type { Drill } from '../../sim/index.ts';
import { createSimulation, formatProblems, loadDrill } from '../../sim/index.ts';
import { floodGeometry } from '../../sim/bench.ts';
import { spreadWater } from '../../sim/bench.ts';
import { readContentFiles } from '../readContentFiles.ts';
import { runDrill } from '../runDrill.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const secondsSince = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;

/** Whole drills with no orders; the first run warms the JIT up and is not counted. */
function drillRates(drill: Drill, runs: number): number[] {
  const rates: number[] = [];
  for (let run = -1; run < runs; run++) {
    const started = process.hrtime.bigint();
    runDrill({ drill, seed: drill.scenario.seed, orders: [], untilS: drill.scenario.durationS });
    if (run >= 0) rates.push(drill.scenario.durationS / secondsSince(started));
  }
  return rates;
}

/** The inundation scheme alone, tick after tick, on the water standing 150 minutes into the drill with the breach pouring in. */
function inundationRate(drill: Drill, ticks: number) {
  const sim = createSimulation(drill);
  sim.advance(Math.min(9000, drill.scenario.durationS));
  const spec = drill.scenario.incidents.find((i) => i.factor === 'flood');
  const flood = sim.snapshot().incidents.find((i) => i.id === spec?.id);
  if (!spec || flood?.factor !== 'flood' || !flood.physics) throw new Error(`${drill.files.scenario} has no flood under way at ${sim.timeS()} s`);
  const { physics } = flood;
  const objects = sim.world.objects;
  const at = (place: { place: string } | { xM: number; yM: number }) => ('place' in place ? objects.get(place.place)!.at : place);
  const geometry = floodGeometry(drill.map, spec, at(spec.at), at(spec.pumping.at ?? spec.at));
  const sourceM3s = new Array<number>(geometry.grid.groundM.length).fill(0);
  sourceM3s[geometry.breachCell] = 600;
  const water = structuredClone(physics.water);
  let subSteps = 0;
  const started = process.hrtime.bigint();
  for (let t = 0; t < ticks; t++) subSteps += spreadWater(geometry.grid, water, { dtS: 60, manningN: spec.manningN, sourceM3s, pumpM3s: 16, pumpCells: geometry.pumpCells }).subSteps;
  const wallS = secondsSince(started);
  return { gridCells: sourceM3s.length, subStepsPerTick: Math.round((subSteps / ticks) * 100) / 100, cellUpdatesPerSecond: Math.round((subSteps * sourceM3s.length) / wallS) };
}

export function floodBench(): Record<string, unknown> {
  const loaded = loadDrill('scenarios/demo-river-flood.json', readContentFiles);
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  const drill = loaded.value;
  const rates = drillRates(drill, 5);
  return {
    scenario: drill.scenario.id,
    drillSeconds: drill.scenario.durationS,
    simSecondsPerWallSecond: { median: Math.round(median(rates)), min: Math.round(Math.min(...rates)), max: Math.round(Math.max(...rates)) },
    inundation: inundationRate(drill, 200),
  };
}
