// Benchmark: the crowd factor's cost — social-force agent-steps per wall second for 1,000 and 5,000 pedestrians at
// the same density (the rate should hold, as the cost grows linearly), and sim seconds per wall second of the demo.
import { readContentFiles } from '../readContentFiles.ts';
import { createAgentGrid, indexAgents, indexSegments } from '../../sim/bench.ts';
import type { Drive, Pedestrians } from '../../sim/bench.ts';
import { HFV2000, socialForceStep, stepScratch } from '../../sim/bench.ts';
import { formatProblems, loadDrill } from '../../sim/index.ts';
import { parseOrdersFile } from '../../sim/index.ts';
import { runDrill } from '../runDrill.ts';

const demoPath = 'scenarios/demo-temple-fair-crush.json';
const planPath = 'scenarios/plans/demo-temple-fair-crush.json';
/** The crowd spec's default sub-step. */
const stepS = 0.05;
const densityPerM2 = 3;

/** A square of `count` people at 3 p/m², walking round its centre at 1 m/s, so the density stays even. */
function squareCrowd(count: number): { peds: Pedestrians; drive: Drive; sideM: number } {
  const sideM = Math.sqrt(count / densityPerM2);
  const perRow = Math.ceil(Math.sqrt(count));
  const spacingM = sideM / perRow;
  const peds: Pedestrians = { count, xM: new Float64Array(count), yM: new Float64Array(count), vxMs: new Float64Array(count), vyMs: new Float64Array(count), radiusM: new Float64Array(count) };
  const drive: Drive = { desiredVxMs: new Float64Array(count), desiredVyMs: new Float64Array(count), maxSpeedMs: new Float64Array(count).fill(1.3), fixed: new Uint8Array(count) };
  for (let i = 0; i < count; i++) {
    peds.xM[i] = ((i % perRow) + 0.5) * spacingM + ((i * 0.37) % 0.1);
    peds.yM[i] = (Math.floor(i / perRow) + 0.5) * spacingM;
    peds.radiusM[i] = 0.18 + ((i * 0.618) % 1) * 0.05;
  }
  return { peds, drive, sideM };
}

/** Each walker's desired velocity: 1 m/s round the square's centre. */
function circulate(peds: Pedestrians, drive: Drive, sideM: number): void {
  for (let i = 0; i < peds.count; i++) {
    const dx = peds.xM[i]! - sideM / 2;
    const dy = peds.yM[i]! - sideM / 2;
    const r = Math.hypot(dx, dy) || 1;
    drive.desiredVxMs[i] = -dy / r;
    drive.desiredVyMs[i] = dx / r;
  }
}

/**
 * Agent-steps per wall second of `steps` social-force steps, best of `rounds` timed rounds after as many warm-up
 * steps (the best round is the one least disturbed by other work on the machine).
 */
function agentStepsPerSecond(count: number, steps: number, rounds = 3): number {
  const { peds, drive, sideM } = squareCrowd(count);
  const bounds = { xM: 0, yM: 0, widthM: sideM, depthM: sideM };
  const walls = indexSegments([0, 0, sideM, 0, sideM, 0, sideM, sideM, sideM, sideM, 0, sideM, 0, sideM, 0, 0], bounds, 1, 0.75);
  const grid = createAgentGrid(bounds, 2 * 0.23 + HFV2000.cutoffGapM, count);
  const scratch = stepScratch(count);
  const step = () => {
    circulate(peds, drive, sideM);
    indexAgents(grid, peds.xM, peds.yM, count);
    socialForceStep(peds, drive, { grid, walls, dtS: stepS, scratch });
  };
  for (let s = 0; s < steps; s++) step();
  let best = 0;
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    for (let s = 0; s < steps; s++) step();
    best = Math.max(best, (count * steps) / (Number(process.hrtime.bigint() - started) / 1e9));
  }
  return best;
}

/** Sim seconds per wall second of the demo drill, with no orders (the crowd's longest run) or its reference plan, after a warm-up run. */
function demoRate(withPlan: boolean): number {
  const loaded = loadDrill(demoPath, readContentFiles);
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  const plan = parseOrdersFile(planPath, readContentFiles(planPath) ?? '');
  if (!plan.ok) throw new Error(formatProblems(plan.problems));
  const durationS = loaded.value.scenario.durationS;
  let rate = 0;
  for (let run = 0; run < 2; run++) {
    const started = process.hrtime.bigint();
    runDrill({ drill: loaded.value, seed: loaded.value.scenario.seed, orders: withPlan ? plan.value : [], untilS: durationS });
    rate = durationS / (Number(process.hrtime.bigint() - started) / 1e9);
  }
  return Math.round(rate);
}

export function crowdBench(): Record<string, unknown> {
  agentStepsPerSecond(1000, 100, 1); // warms the JIT up
  const small = agentStepsPerSecond(1000, 200);
  const large = agentStepsPerSecond(5000, 200);
  return {
    stepS,
    densityPerM2,
    agentStepsPerSecond: { agents1000: Math.round(small), agents5000: Math.round(large) },
    /** 1 means perfectly linear cost: 5,000 agents cost five times 1,000. */
    linearity: Math.round((large / small) * 100) / 100,
    demo: { scenario: demoPath, simSecondsPerWallSecond: { noOrders: demoRate(false), referencePlan: demoRate(true) } },
  };
}
