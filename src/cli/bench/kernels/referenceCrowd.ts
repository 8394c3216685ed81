// The perf-ref crowd workload (../shared/perf-ref/README.md, kernel 2) run by the drill's own socialForceStep under
// its reference switch: N agents in a 100 × 60 m room with two 3 m exits, seed 12345, dt 0.05 s, the reference RNG.
// As socialforce.c, the harness keeps the agents' columns in cell order (re-sorted every step, stably), so that the
// pairs are summed, and the re-inserted agents draw, in the C's order: the run follows the C double build's bits.
import type { AgentGrid, Drive, Pedestrians } from '../../../sim/bench.ts';
import { createAgentGrid, HFV2000_REFERENCE, indexAgents, indexSegments, socialForceStep, stepScratch } from '../../../sim/bench.ts';
import { Xoshiro128ss } from './xoshiro128.ts';

const room = { xM: 0, yM: 0, widthM: 100, depthM: 60 };
const door = { fromM: 28.5, toM: 31.5 };
/** The six wall segments: the long walls whole, the short walls on either side of their exit. */
const walls = [0, 0, 100, 0, 0, 60, 100, 60, 0, 0, 0, 28.5, 0, 31.5, 0, 60, 100, 0, 100, 28.5, 100, 31.5, 100, 60];
const dtS = 0.05;

/** `timedMs`: the timed steps' start and end on performance.now()'s clock (to find what ran in between, such as a GC). */
export interface ReferenceCrowdRun { agents: number; timeS: number; cpuS: number; timedMs: { from: number; to: number }; pairsPerAgentStep: number; exits: number; leaks: number; meanSpeedEndMs: number; meanXEndM: number }

/** Desired velocity v0 · e towards the nearest exit's target: (−1, clamp(y, 29, 31)) left of x = 50, else (101, …). */
function steer(peds: Pedestrians, v0Ms: Float64Array, drive: Drive): void {
  for (let i = 0; i < peds.count; i++) {
    const x = peds.xM[i]!;
    const y = peds.yM[i]!;
    const ex = (x < 50 ? -1 : 101) - x;
    const ey = (y < 29 ? 29 : y > 31 ? 31 : y) - y;
    const inverseE = 1 / Math.sqrt(ex * ex + ey * ey);
    drive.desiredVxMs[i] = v0Ms[i]! * ex * inverseE;
    drive.desiredVyMs[i] = v0Ms[i]! * ey * inverseE;
  }
}

interface Tally { exits: number; leaks: number }

/** The columns the harness keeps per agent, and as many spare ones to sort into. */
interface Columns { peds: Pedestrians; v0Ms: Float64Array; maxSpeedMs: Float64Array }

/**
 * perf-ref's step 1 (build_grid): every column permuted into the grid's cell order, which is stable, after which the
 * grid lists agent i at place i. The sorted columns are swapped in, the old ones kept as the next step's spares.
 */
function sortIntoCellOrder(grid: AgentGrid, columns: Columns, spare: Columns, spareCells: AgentGrid['cellOf']): AgentGrid['cellOf'] {
  const { order, cellOf } = grid;
  const from = columns.peds;
  const to = spare.peds;
  for (let at = 0; at < from.count; at++) {
    const i = order[at]!;
    to.xM[at] = from.xM[i]!; to.yM[at] = from.yM[i]!; to.vxMs[at] = from.vxMs[i]!; to.vyMs[at] = from.vyMs[i]!; to.radiusM[at] = from.radiusM[i]!;
    spare.v0Ms[at] = columns.v0Ms[i]!; spare.maxSpeedMs[at] = columns.maxSpeedMs[i]!;
    spareCells[at] = cellOf[i]!;
    order[at] = at;
  }
  [columns.peds, spare.peds] = [spare.peds, columns.peds];
  [columns.v0Ms, spare.v0Ms] = [spare.v0Ms, columns.v0Ms];
  [columns.maxSpeedMs, spare.maxSpeedMs] = [spare.maxSpeedMs, columns.maxSpeedMs];
  grid.cellOf = spareCells;
  return cellOf;
}

/** Agents who stepped out of the room are put back at a random place at rest, counted as exits or leaks. */
function reinsert(peds: Pedestrians, rng: Xoshiro128ss, tally: Tally): void {
  let { exits, leaks } = tally;
  for (let i = 0; i < peds.count; i++) {
    const x = peds.xM[i]!;
    const y = peds.yM[i]!;
    if (x >= 0 && x <= room.widthM && y >= 0 && y <= room.depthM) continue;
    if ((x < 0 || x > room.widthM) && y >= door.fromM && y <= door.toM) exits++;
    else leaks++;
    peds.xM[i] = 0.5 + 99 * rng.uniform();
    peds.yM[i] = 0.5 + 59 * rng.uniform();
    peds.vxMs[i] = 0;
    peds.vyMs[i] = 0;
  }
  tally.exits = exits;
  tally.leaks = leaks;
}

/**
 * Whose arithmetic the step does on the reference model (no mass scaling, a fixed 2 m cutoff): the C's, to its bits
 * (glibc's exp, its operation order), or the drill's own (the tabulated exp, its wall force and integrator), which is
 * what every drill runs and so what its speed is.
 */
export type CrowdArithmetic = 'c' | 'drill';

const parametersOf: Record<CrowdArithmetic, typeof HFV2000_REFERENCE> = { c: HFV2000_REFERENCE, drill: { ...HFV2000_REFERENCE, perfRefArithmetic: false } };

/** One run from the seed: placement and the warm-up steps untimed, then `steps` timed steps. */
export function runReferenceCrowd(agents: number, options: { warmupSteps?: number; steps?: number; seed?: number; arithmetic?: CrowdArithmetic } = {}): ReferenceCrowdRun {
  const { warmupSteps = 100, steps = 400, seed = 12345, arithmetic = 'c' } = options;
  const parameters = parametersOf[arithmetic];
  const rng = new Xoshiro128ss(seed);
  const column = () => new Float64Array(agents);
  const newColumns = (): Columns => ({ peds: { count: agents, xM: column(), yM: column(), vxMs: column(), vyMs: column(), radiusM: column() }, v0Ms: column(), maxSpeedMs: column() });
  const columns = newColumns();
  const spare = newColumns();
  // uniform(a, b) = a + (b − a)·u with b − a worked out in double, as the C does.
  const uniform = (a: number, b: number) => a + (b - a) * rng.uniform();
  for (let i = 0; i < agents; i++) {
    columns.peds.xM[i] = uniform(0.5, 99.5);
    columns.peds.yM[i] = uniform(0.5, 59.5);
    columns.v0Ms[i] = uniform(1.34 - 0.26, 1.34 + 0.26);
    columns.peds.radiusM[i] = uniform(0.25, 0.35);
    columns.maxSpeedMs[i] = 1.3 * columns.v0Ms[i]!;
  }
  const drive: Drive = { desiredVxMs: column(), desiredVyMs: column(), maxSpeedMs: columns.maxSpeedMs, fixed: new Uint8Array(agents) };
  // perf-ref's own 2 m cells, searched one cell out (1 m cells two out test a third fewer candidates, but the
  // candidate test costs no branch now, and four times the cells cost more at 1,000 agents than they save); the
  // walls on the same cells, so that the kernel reads each agent's cell from the agents' index.
  const grid = createAgentGrid(room, 2, agents);
  const wallGrid = indexSegments(walls, room, 2, 2);
  const scratch = stepScratch(agents);
  let spareCells: AgentGrid['cellOf'] = new Int32Array(agents);
  let pairs = 0;
  const warmupTally: Tally = { exits: 0, leaks: 0 };
  const tally: Tally = { exits: 0, leaks: 0 };
  let started = process.hrtime.bigint();
  let startedMs = performance.now();
  let cpuStarted = process.cpuUsage();
  for (let s = 0; s < warmupSteps + steps; s++) {
    if (s === warmupSteps) { started = process.hrtime.bigint(); startedMs = performance.now(); cpuStarted = process.cpuUsage(); }
    indexAgents(grid, columns.peds.xM, columns.peds.yM, agents);
    spareCells = sortIntoCellOrder(grid, columns, spare, spareCells);
    drive.maxSpeedMs = columns.maxSpeedMs;
    steer(columns.peds, columns.v0Ms, drive);
    socialForceStep(columns.peds, drive, { grid, walls: wallGrid, dtS, parameters, scratch });
    reinsert(columns.peds, rng, s < warmupSteps ? warmupTally : tally);
    if (s >= warmupSteps) pairs += 2 * scratch.pairCount;
  }
  const timeS = Number(process.hrtime.bigint() - started) / 1e9;
  const timedMs = { from: startedMs, to: performance.now() };
  const cpu = process.cpuUsage(cpuStarted);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const { peds } = columns;
  let speed = 0;
  let x = 0;
  for (let i = 0; i < agents; i++) { speed += Math.sqrt(peds.vxMs[i]! * peds.vxMs[i]! + peds.vyMs[i]! * peds.vyMs[i]!); x += peds.xM[i]!; }
  return { agents, timeS, cpuS, timedMs, pairsPerAgentStep: pairs / (agents * steps), exits: tally.exits, leaks: tally.leaks, meanSpeedEndMs: speed / agents, meanXEndM: x / agents };
}
