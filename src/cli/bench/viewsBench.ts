// Benchmark: what one view per team costs (issue #10). Each demo scenario runs whole with its reference plan, one sim
// second at a time, twice: the core alone, then the core with every team's view (viewTeams, taken together with
// Simulation.viewsOf, as a hall serving every seat would) after each second.
// Reported per scenario: µs per view, the bytes of one view as JSON (max and mean, sampled each sim minute, outside
// the timing) and the core's sim-seconds per wall-second without and with the views.
import { readFileSync } from 'node:fs';
import type { Drill, Simulation, TimedOrder } from '../../sim/index.ts';
import { createSimulation, formatProblems, loadDrill, parseOrdersFile, viewTeams } from '../../sim/index.ts';
import { readContentFiles } from '../readContentFiles.ts';

export const viewScenarios = [
  'demo-flood-transfer', 'demo-river-flood', 'demo-xiling-grassland-fire', 'demo-elder-home-fire', 'demo-market-gas-leak',
  'demo-s215-bus-crash', 'demo-site-formwork-collapse', 'demo-temple-fair-crush', 'demo-water-plant-chlorine',
  'demo-banquet-food-poisoning', 'demo-coal-stove-co', 'demo-heat-wave',
] as const;

const sampleEveryS = 60;

function loaded(id: string): { drill: Drill; plan: TimedOrder[] } {
  const drill = loadDrill(`scenarios/${id}.json`, readContentFiles);
  if (!drill.ok) throw new Error(formatProblems(drill.problems));
  const planPath = `scenarios/plans/${id}.json`;
  const plan = parseOrdersFile(planPath, readFileSync(planPath, 'utf8'));
  if (!plan.ok) throw new Error(formatProblems(plan.problems));
  return { drill: drill.value, plan: plan.value };
}

/** Runs the drill second by second, giving the plan's orders on time; `each` runs after every second. */
function run(drill: Drill, plan: readonly TimedOrder[], each: (sim: Simulation) => void): void {
  const sim = createSimulation(drill);
  let next = 0;
  for (let s = 0; s < drill.scenario.durationS; s++) {
    while (next < plan.length && plan[next]!.atS <= sim.timeS()) sim.dispatch(plan[next++]!.order);
    sim.advance(1);
    each(sim);
  }
}

const elapsedS = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

function viewsOf(id: string) {
  const { drill, plan } = loaded(id);
  const teams = viewTeams(drill);
  const durationS = drill.scenario.durationS;
  const coreStarted = process.hrtime.bigint();
  run(drill, plan, () => {});
  const coreS = elapsedS(coreStarted);
  let viewS = 0;
  let viewCount = 0;
  const bytes: number[] = [];
  const withStarted = process.hrtime.bigint();
  let sampledS = 0;
  run(drill, plan, (sim) => {
    const started = process.hrtime.bigint();
    sim.viewsOf(teams);
    viewS += elapsedS(started);
    viewCount += teams.length;
    if (sim.timeS() % sampleEveryS !== 0) return;
    const sampleStarted = process.hrtime.bigint();
    for (const view of sim.viewsOf(teams)) bytes.push(Buffer.byteLength(JSON.stringify(view)));
    sampledS += elapsedS(sampleStarted);
  });
  const withViewsS = elapsedS(withStarted) - sampledS;
  return {
    scenario: id,
    teams: teams.length,
    drillSeconds: durationS,
    microsecondsPerView: Math.round((viewS / viewCount) * 1e7) / 10,
    viewJsonBytes: { max: Math.max(...bytes), mean: Math.round(bytes.reduce((a, b) => a + b, 0) / bytes.length) },
    simSecondsPerWallSecond: { coreAlone: Math.round(durationS / coreS), withEveryTeamsViewEachSecond: Math.round(durationS / withViewsS) },
  };
}

/** Every demo scenario (or those named in BENCH_VIEWS, comma-separated), one after another. */
export function viewsBench() {
  const only = process.env.BENCH_VIEWS?.split(',').filter((s) => s !== '');
  return viewScenarios.filter((id) => !only || only.includes(id)).map(viewsOf);
}
