// Social force model of pedestrians (Helbing, Farkas & Vicsek 2000): one time step of a crowd held in flat arrays.
import type { AgentGrid, SegmentGrid } from './agentGrid';
import { cellAt } from './agentGrid';
import { requireAbove, requireCount } from './rangeGuards';
import { addPairForces } from './socialForcePairs';
import { addWallForcesAsPerfRef, integrateAsPerfRef } from './socialForcePerfRef';
import { tabulatedExp } from './tabulatedExp';

export interface SocialForceParameters {
  massKg: number;
  /** τ: how fast a pedestrian regains the desired velocity. */
  relaxationS: number;
  /** A and B of the repulsion A exp[(r_ij − d_ij)/B]. */
  repulsionN: number;
  repulsionRangeM: number;
  /** k (body compression) and κ (sliding friction), acting only on contact. */
  bodyStiffnessKgS2: number;
  frictionKgMS: number;
  /** Pairs further apart than r_i + r_j + this gap are ignored (at 0.4 m the repulsion is 2000 e^−5 ≈ 13 N). */
  cutoffGapM: number;
  /** The perf-ref rule instead: pairs and walls further than this from an agent's centre are ignored, whatever the radii. */
  fixedCutoffM?: number;
  /** False turns mass scaling off (the perf-ref model): every agent keeps m, however stiff its contacts. */
  massScaling?: boolean;
  /**
   * True: every operation in the form and order of perf-ref's socialforce.c, with glibc's exp (glibcExp) instead of
   * the table, so that a run follows the C double build bit for bit when the agents are kept in cell order as the C
   * keeps them. Needs `fixedCutoffM` and no mass scaling.
   */
  perfRefArithmetic?: boolean;
}

/** Helbing, Farkas & Vicsek (2000), Nature 407:487, "Simulating dynamical features of escape panic", methods. */
export const HFV2000: SocialForceParameters = {
  massKg: 80, relaxationS: 0.5, repulsionN: 2000, repulsionRangeM: 0.08, bodyStiffnessKgS2: 1.2e5, frictionKgMS: 2.4e5, cutoffGapM: 0.4,
};

/**
 * The model of the perf-ref workload (../shared/perf-ref, socialforce.c), for comparison with the C kernel: the
 * same HFV parameters with a fixed 2 m cutoff, no mass scaling, and the C's arithmetic. (The C gathers each pair
 * twice, where this kernel uses Newton's third law: f_ji is −f_ij to the bit and each agent's sum grows in the same
 * order, so the forces are the same bits.)
 */
export const HFV2000_REFERENCE: SocialForceParameters = { ...HFV2000, fixedCutoffM: 2, massScaling: false, perfRefArithmetic: true };

/** A crowd: position (m), velocity (m/s) and body radius (m) of agents 0 … count − 1. */
export interface Pedestrians { count: number; xM: Float64Array; yM: Float64Array; vxMs: Float64Array; vyMs: Float64Array; radiusM: Float64Array }

/** What each agent wants: desired velocity v⁰e⁰ (m/s), a speed cap, and 1 for agents who cannot move (fallen). */
export interface Drive { desiredVxMs: Float64Array; desiredVyMs: Float64Array; maxSpeedMs: Float64Array; fixed: Uint8Array }

/**
 * Normal and tangential force (N) on a body at gap `gapM` = d − r (negative when overlapping), from the HFV
 * interaction f = {A e^{−gap/B} + k g(−gap)} n + κ g(−gap) Δv^t t, with g(x) = max(x, 0).
 * `slidingMs` is Δv^t, the other party's velocity relative to this one along the tangent. Pure; exported for tests.
 */
export function contactForceN(gapM: number, slidingMs: number, p: SocialForceParameters = HFV2000): { normalN: number; tangentialN: number } {
  const overlapM = gapM < 0 ? -gapM : 0;
  return {
    normalN: p.repulsionN * tabulatedExp(-gapM / p.repulsionRangeM) + p.bodyStiffnessKgS2 * overlapM,
    tangentialN: p.frictionKgMS * overlapM * slidingMs,
  };
}

/** dt² K_i/m above which the mass is scaled: ω dt ≤ 1 (symplectic Euler is stable for ω dt < 2; a packed crowd needs the margin). */
const massScalingThreshold = 1;

/** True when two grids cut the same cells, so a cell found on one is the same cell on the other. */
function sameCells(a: AgentGrid, b: AgentGrid): boolean {
  return a.originXM === b.originXM && a.originYM === b.originYM && a.cellM === b.cellM && a.cols === b.cols && a.rows === b.rows;
}

/**
 * Σ_W f_iW: each wall segment near an agent pushes like a body of zero radius that does not move (HFV 2000), with
 * the contact terms of `contactForceN` (its e^x evaluated once for the force and the stiffness). When the walls are
 * indexed on the agents' own cells, each agent's cell is read from the agents' index instead of worked out again.
 */
function addWallForces(peds: Pedestrians, grid: AgentGrid, walls: SegmentGrid, p: SocialForceParameters, work: StepScratch): void {
  const { fx, fy, stiffness } = work;
  const { xM, yM, vxMs, vyMs, radiusM } = peds;
  const s = walls.segments;
  const { repulsionN: a, repulsionRangeM: b, bodyStiffnessKgS2: k, frictionKgMS: kappa } = p;
  const stiffnessNeeded = p.massScaling !== false;
  const agentCells = sameCells(grid, walls.grid) ? grid.cellOf : null;
  for (let i = 0; i < peds.count; i++) {
    const xi = xM[i]!;
    const yi = yM[i]!;
    const ri = radiusM[i]!;
    const c = agentCells ? agentCells[i]! : cellAt(walls.grid, xi, yi);
    for (let item = walls.cellStart[c]!; item < walls.cellStart[c + 1]!; item++) {
      const w = 4 * walls.items[item]!;
      const ex = s[w + 2]! - s[w]!;
      const ey = s[w + 3]! - s[w + 1]!;
      const lengthSq = ex * ex + ey * ey;
      const t = lengthSq === 0 ? 0 : Math.min(1, Math.max(0, ((xi - s[w]!) * ex + (yi - s[w + 1]!) * ey) / lengthSq));
      const dx = xi - (s[w]! + t * ex);
      const dy = yi - (s[w + 1]! + t * ey);
      const d = Math.sqrt(dx * dx + dy * dy);
      if (d >= (p.fixedCutoffM ?? ri + p.cutoffGapM) || d < 1e-9) continue;
      const nx = dx / d;
      const ny = dy / d;
      // contactForceN(d − r, −v_i·t): e^{(r − d)/B} is the same number in the force and in the stiffness.
      const e = tabulatedExp((ri - d) / b);
      const overlapM = d < ri ? ri - d : 0;
      const normalN = a * e + k * overlapM;
      const tangentialN = kappa * overlapM * -(vxMs[i]! * -ny + vyMs[i]! * nx);
      fx[i]! += normalN * nx - tangentialN * ny;
      fy[i]! += normalN * ny + tangentialN * nx;
      if (stiffnessNeeded) stiffness[i]! += (a / b) * e + (d < ri ? k : 0);
    }
  }
}

/**
 * Work arrays a caller may keep between steps, so a step allocates nothing: the force on each agent and its
 * stiffness K_i (the force's rate of change with distance, summed over its contacts and walls), the agents packed
 * in cell order for the pair loop (eight numbers each, see socialForcePairs), one agent's neighbours within the
 * cutoff, and the number of pairs within it in the last step (each pair once).
 */
export interface StepScratch { fx: Float64Array; fy: Float64Array; stiffness: Float64Array; packed: Float64Array; near: Int32Array; ranges: Int32Array; pairCount: number }

/** Fresh work arrays for `n` agents. */
export function stepScratch(n: number): StepScratch {
  const column = () => new Float64Array(n);
  return {
    fx: column(), fy: column(), stiffness: column(), packed: new Float64Array(8 * n), near: new Int32Array(n), ranges: new Int32Array(2 * maxSpan + 2), pairCount: 0,
  };
}

/**
 * `span`: how many cells out pairs are sought, 1 (the default) when the grid's cells are as wide as the widest
 * interaction; finer cells with a span of 2 test fewer candidates (perf-ref's fixed 2 m cutoff on 1 m cells).
 */
export interface StepOptions { grid: AgentGrid; walls: SegmentGrid | null; dtS: number; span?: number; parameters?: SocialForceParameters; scratch?: StepScratch }

/** The widest span a step accepts. */
const maxSpan = 4;

/** The caller's work arrays when they hold `n` agents, else new ones (addPairForces writes every agent's sums). */
function scratchFor(scratch: StepScratch | undefined, n: number): StepScratch {
  return !scratch || scratch.fx.length < n ? stepScratch(n) : scratch;
}

/**
 * Advances the crowd by `dtS` with the HFV (2000) equation of motion
 *   m dv_i/dt = m (v_i⁰ e_i − v_i)/τ + Σ_j f_ij + Σ_W f_iW,
 * integrated by semi-implicit Euler (velocity first, then position) with each speed capped at `maxSpeedMs`
 * (Helbing & Molnár 1995: v_max = 1.3 v⁰). Explicit Euler needs dt ≈ 0.01 s in contact (k/m = 1500 s⁻²;
 * hazard-models §7.3); here an agent whose summed contact stiffness K_i is too high for the step moves as if it were
 * heavier, m_eff = dt² K_i (mass scaling, as in explicit discrete-element codes), which keeps every contact mode
 * stable up to dt = 0.1 s while leaving equilibria and free motion as they are. The price is slower motion inside a
 * packed crowd as dt grows: through a jammed 1.2 m door, 0.02 s passes the fine-step flow, 0.05 s about 15 % less,
 * 0.1 s some 40 % less. `HFV2000_REFERENCE` turns mass scaling off and cuts off at a fixed 2 m, as perf-ref does.
 * Fixed agents keep still but push back. `grid` must be indexed on the current positions with cells no smaller
 * than the widest interaction (2 r_max + cutoffGapM). Mutates `peds`. Throws RangeError for dt ≤ 0.
 */
export function socialForceStep(peds: Pedestrians, drive: Drive, options: StepOptions): void {
  requireCount('count', peds.count);
  requireAbove('dtS', options.dtS, 0);
  const p = options.parameters ?? HFV2000;
  const n = peds.count;
  const work = scratchFor(options.scratch, n);
  const { fx, fy, stiffness } = work;
  const span = options.span ?? 1;
  if (!Number.isInteger(span) || span < 1 || span > maxSpan) throw new RangeError(`span must be a whole number of cells from 1 to ${maxSpan}, got ${span}`);
  addPairForces(peds, options.grid, span, p, work);
  if (p.perfRefArithmetic) {
    const { walls, grid, dtS } = options;
    if (p.fixedCutoffM === undefined || p.massScaling !== false) throw new RangeError('perfRefArithmetic needs fixedCutoffM and massScaling: false');
    if (walls) addWallForcesAsPerfRef(peds, walls, sameCells(grid, walls.grid) ? grid.cellOf : null, p.fixedCutoffM, p, work);
    integrateAsPerfRef(peds, drive, p, dtS, work);
    return;
  }
  if (options.walls) addWallForces(peds, options.grid, options.walls, p, work);
  const { xM, yM, vxMs, vyMs } = peds;
  const { desiredVxMs, desiredVyMs, maxSpeedMs, fixed } = drive;
  const { massKg, relaxationS } = p;
  const dt = options.dtS;
  const scaling = p.massScaling !== false;
  const stiffMassKg = massScalingThreshold * massKg;
  for (let i = 0; i < n; i++) {
    if (fixed[i]) { vxMs[i] = 0; vyMs[i] = 0; continue; }
    // Mass scaling: where the agent's contacts are too stiff for the step (dt² K_i/m > 1), its acceleration is
    // divided as if it weighed dt² K_i, which bounds every contact mode at ω dt ≤ 1 and leaves softer contacts,
    // equilibria and free motion as they are.
    const scale = scaling ? dt / Math.max(1, (dt * dt * stiffness[i]!) / stiffMassKg) : dt;
    const vxi = vxMs[i]!;
    const vyi = vyMs[i]!;
    let vx = vxi + ((desiredVxMs[i]! - vxi) / relaxationS + fx[i]! / massKg) * scale;
    let vy = vyi + ((desiredVyMs[i]! - vyi) / relaxationS + fy[i]! / massKg) * scale;
    const speed = Math.sqrt(vx * vx + vy * vy);
    const cap = maxSpeedMs[i]!;
    if (speed > cap) { vx *= cap / speed; vy *= cap / speed; }
    vxMs[i] = vx; vyMs[i] = vy;
    xM[i]! += vx * dt;
    yM[i]! += vy * dt;
  }
}
