// The perf-ref crowd workload (../shared/perf-ref/README.md, kernel 2) run by the drill's own socialForceStep under
// its reference switch: N agents in a 100 × 60 m room with two 3 m exits, seed 12345, dt 0.05 s, the reference RNG.
import type { Drive, Pedestrians } from '../../../sim/bench.ts';
import { createAgentGrid, HFV2000_REFERENCE, indexAgents, indexSegments, socialForceStep, stepScratch } from '../../../sim/bench.ts';
import { Xoshiro128ss } from './xoshiro128.ts';

const room = { xM: 0, yM: 0, widthM: 100, depthM: 60 };
const door = { fromM: 28.5, toM: 31.5 };
/** The six wall segments: the long walls whole, the short walls on either side of their exit. */
const walls = [0, 0, 100, 0, 0, 60, 100, 60, 0, 0, 0, 28.5, 0, 31.5, 0, 60, 100, 0, 100, 28.5, 100, 31.5, 100, 60];
const dtS = 0.05;

export interface ReferenceCrowdRun { agents: number; timeS: number; pairsPerAgentStep: number; exits: number; leaks: number; meanSpeedEndMs: number; meanXEndM: number }

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

/** One run from the seed: placement and the warm-up steps untimed, then `steps` timed steps. */
export function runReferenceCrowd(agents: number, options: { warmupSteps?: number; steps?: number; seed?: number } = {}): ReferenceCrowdRun {
  const { warmupSteps = 100, steps = 400, seed = 12345 } = options;
  const rng = new Xoshiro128ss(seed);
  const column = () => new Float64Array(agents);
  const peds: Pedestrians = { count: agents, xM: column(), yM: column(), vxMs: column(), vyMs: column(), radiusM: column() };
  const v0Ms = column();
  for (let i = 0; i < agents; i++) {
    peds.xM[i] = 0.5 + 99 * rng.uniform();
    peds.yM[i] = 0.5 + 59 * rng.uniform();
    v0Ms[i] = 1.34 - 0.26 + 0.52 * rng.uniform();
    peds.radiusM[i] = 0.25 + 0.1 * rng.uniform();
  }
  const drive: Drive = { desiredVxMs: column(), desiredVyMs: column(), maxSpeedMs: v0Ms.map((v) => 1.3 * v), fixed: new Uint8Array(agents) };
  // perf-ref's own 2 m cells, searched one cell out (1 m cells two out test a third fewer candidates, but the
  // candidate test costs no branch now, and four times the cells cost more at 1,000 agents than they save); the
  // walls on the same cells, so that the kernel reads each agent's cell from the agents' index.
  const grid = createAgentGrid(room, 2, agents);
  const wallGrid = indexSegments(walls, room, 2, 2);
  const scratch = stepScratch(agents);
  let pairs = 0;
  const warmupTally: Tally = { exits: 0, leaks: 0 };
  const tally: Tally = { exits: 0, leaks: 0 };
  let started = process.hrtime.bigint();
  for (let s = 0; s < warmupSteps + steps; s++) {
    if (s === warmupSteps) started = process.hrtime.bigint();
    indexAgents(grid, peds.xM, peds.yM, agents);
    steer(peds, v0Ms, drive);
    socialForceStep(peds, drive, { grid, walls: wallGrid, dtS, parameters: HFV2000_REFERENCE, scratch });
    reinsert(peds, rng, s < warmupSteps ? warmupTally : tally);
    if (s >= warmupSteps) pairs += 2 * scratch.pairCount;
  }
  const timeS = Number(process.hrtime.bigint() - started) / 1e9;
  let speed = 0;
  let x = 0;
  for (let i = 0; i < agents; i++) { speed += Math.hypot(peds.vxMs[i]!, peds.vyMs[i]!); x += peds.xM[i]!; }
  return { agents, timeS, pairsPerAgentStep: pairs / (agents * steps), exits: tally.exits, leaks: tally.leaks, meanSpeedEndMs: speed / agents, meanXEndM: x / agents };
}
