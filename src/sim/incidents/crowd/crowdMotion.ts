// One second of crowd motion on a site: each person's desired velocity from the floor field of their goal, then
// social-force sub-steps; people who step out through an opening leave the plan.
import { closestOnSegment, createAgentGrid, indexAgents } from '../../models/agentGrid.ts';
import { weidmannSpeedMs } from '../../models/crowd.ts';
import type { Drive, Pedestrians } from '../../models/socialForce.ts';
import { HFV2000, socialForceStep, stepScratch } from '../../models/socialForce.ts';
import type { AgentColumns } from './crowdAgents.ts';
import { Goal, Status, keepAgents } from './crowdAgents.ts';
import type { CrowdSite, SiteOpening } from './crowdSite.ts';
import type { SiteLayout } from './siteLayout.ts';

/** Helbing & Molnár (1995): nobody walks faster than 1.3 times their free speed. */
const maxSpeedFactor = 1.3;

/** `calmShare`: the share of the crowd the stewards reach; `maxRadiusM`: the widest body, which sizes the grid. */
export interface MoveOptions { site: CrowdSite; layout: SiteLayout; durationS: number; stepS: number; calmShare: number; maxRadiusM: number }

/** Who left through which opening during the move. */
export interface Departures { throughBottleneck: number; out: number }

/** Each person's walking speed this second, speed cap, and whether they can move at all. */
function driveOf(agents: AgentColumns, options: MoveOptions): { drive: Drive; speedMs: Float64Array; capMs: Float64Array } {
  const n = agents.xM.length;
  const speedMs = new Float64Array(n);
  const capMs = new Float64Array(n);
  const drive: Drive = { desiredVxMs: new Float64Array(n), desiredVyMs: new Float64Array(n), maxSpeedMs: new Float64Array(n), fixed: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const free = agents.speedMs[i]!;
    const calmed = agents.calm[i]! < options.calmShare;
    speedMs[i] = calmed ? Math.min(free, weidmannSpeedMs(agents.densityPerM2[i]!)) : free;
    capMs[i] = maxSpeedFactor * free;
    drive.fixed[i] = agents.status[i] === Status.standing ? 0 : 1;
  }
  return { drive, speedMs, capMs };
}

/** The opening nearest a point just outside the site: the one a person who stepped out went through. */
function nearestOpening(openings: readonly SiteOpening[], xM: number, yM: number): SiteOpening {
  let best = openings[0]!;
  let bestM = Infinity;
  for (const o of openings) {
    const d = closestOnSegment(xM, yM, ...o.segment).distanceM;
    if (d < bestM) { bestM = d; best = o; }
  }
  return best;
}

/**
 * Moves the crowd for `durationS` in sub-steps of `stepS`. Calmed people (stewards' share) walk no faster than
 * Weidmann's speed for their local density; the others push on at their free speed. Fallen people lie still.
 */
export function moveCrowd(agents: AgentColumns, options: MoveOptions): Departures {
  const { site, layout } = options;
  const n = agents.xM.length;
  const peds: Pedestrians = {
    count: n, xM: Float64Array.from(agents.xM), yM: Float64Array.from(agents.yM), vxMs: Float64Array.from(agents.vxMs),
    vyMs: Float64Array.from(agents.vyMs), radiusM: Float64Array.from(agents.radiusM),
  };
  const { drive, speedMs, capMs } = driveOf(agents, options);
  const towardBottleneck = Uint8Array.from(agents.goal, (g) => (g === Goal.bottleneck ? 1 : 0));
  // Cells as wide as the widest interaction, so each pair is found among the adjacent cells.
  const grid = createAgentGrid({ xM: 0, yM: 0, widthM: site.widthM, depthM: site.depthM }, 2 * options.maxRadiusM + HFV2000.cutoffGapM, n);
  const openings = [...site.gates, site.bottleneck, ...site.exits];
  /** Index in `openings` of the one each person left by, or −1 while on the plan. */
  const gone = new Int32Array(n).fill(-1);
  const steps = Math.max(1, Math.round(options.durationS / options.stepS));
  const scratch = stepScratch(n);
  for (let s = 0; s < steps; s++) {
    steer(peds, drive, { layout, speedMs, capMs, towardBottleneck });
    indexAgents(grid, peds.xM, peds.yM, n);
    socialForceStep(peds, drive, { grid, walls: layout.wallGrid, dtS: options.stepS, scratch });
    for (let i = 0; i < n; i++) {
      const x = peds.xM[i]!;
      const y = peds.yM[i]!;
      if (gone[i]! >= 0 || (x >= 0 && y >= 0 && x <= site.widthM && y <= site.depthM)) continue;
      // Stepped out through an opening: off the plan, parked far away so nobody meets them again.
      gone[i] = openings.indexOf(nearestOpening(openings, x, y));
      drive.fixed[i] = 1;
      peds.xM[i] = -1000 - 10 * i;
      peds.yM[i] = -1000;
    }
  }
  for (let i = 0; i < n; i++) {
    agents.xM[i] = peds.xM[i]!; agents.yM[i] = peds.yM[i]!; agents.vxMs[i] = peds.vxMs[i]!; agents.vyMs[i] = peds.vyMs[i]!;
  }
  const bottleneckAt = site.gates.length;
  const departures: Departures = { throughBottleneck: 0, out: 0 };
  for (const o of gone) {
    if (o === bottleneckAt) departures.throughBottleneck++;
    else if (o >= 0) departures.out++;
  }
  keepAgents(agents, (i) => gone[i] === -1);
  return departures;
}

/**
 * Sets each walker's desired velocity, their speed along their goal's floor field, and their speed cap. On a slow
 * zone (steps, a threshold) nobody moves faster than its limit, however hard they are pushed.
 */
function steer(peds: Pedestrians, drive: Drive, options: { layout: SiteLayout; speedMs: Float64Array; capMs: Float64Array; towardBottleneck: Uint8Array }): void {
  const { layout, speedMs, capMs, towardBottleneck } = options;
  const { cellM, cols, rows } = layout.toBottleneck;
  for (let i = 0; i < peds.count; i++) {
    if (drive.fixed[i]) continue;
    const field = towardBottleneck[i] ? layout.toBottleneck : layout.toWayOut;
    const col = Math.min(cols - 1, Math.max(0, Math.floor(peds.xM[i]! / cellM)));
    const row = Math.min(rows - 1, Math.max(0, Math.floor(peds.yM[i]! / cellM)));
    const cell = row * cols + col;
    const zoneMs = layout.speedCapMs[cell]!;
    const speed = Math.min(speedMs[i]!, zoneMs);
    drive.desiredVxMs[i] = speed * field.dirX[cell]!;
    drive.desiredVyMs[i] = speed * field.dirY[cell]!;
    drive.maxSpeedMs[i] = Math.min(capMs[i]!, zoneMs);
  }
}
