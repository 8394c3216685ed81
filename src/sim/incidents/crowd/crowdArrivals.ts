// Who comes onto a crowd site and where they appear: the people already there, arrivals at the gates (Poisson, at
// the scenario's rates as orders change them), and visitors coming back out through the bottleneck.
import { closestOnSegment } from '../../models/agentGrid.ts';
import type { Agent, AgentColumns } from './crowdAgents.ts';
import { addAgent, Goal, spotIsFree, Status } from './crowdAgents.ts';
import type { SiteOpening } from './crowdSite.ts';
import type { CrowdSpec } from './crowdSpec.ts';
import { fieldCell } from './floorField.ts';
import type { SiteLayout } from './siteLayout.ts';
import { outwardNormal } from './siteLayout.ts';
import { detMath } from '../../math/detMath.ts';

/** A uniform draw in [0, 1) from the crowd's own random stream. */
export type Draw = () => number;

/** Free speeds are drawn from a normal law, kept within [0.3, 3] m/s (a slow elder to a running youth). */
const speedRangeMs = [0.3, 3] as const;

/** A new person at (xM, yM): body radius, free speed and steward draw from the spec's laws. */
export function newAgent(spec: CrowdSpec, draw: Draw, at: { xM: number; yM: number; goal: number }): Agent {
  const radiusM = spec.bodyRadiusM.min + draw() * (spec.bodyRadiusM.max - spec.bodyRadiusM.min);
  // Box–Muller: a standard normal from two uniforms.
  const normal = Math.sqrt(-2 * detMath.log(1 - draw())) * detMath.cos(2 * Math.PI * draw());
  const speedMs = Math.min(speedRangeMs[1], Math.max(speedRangeMs[0], spec.desiredSpeedMs.mean + spec.desiredSpeedMs.sd * normal));
  return { xM: at.xM, yM: at.yM, vxMs: 0, vyMs: 0, radiusM, speedMs, goal: at.goal, status: Status.standing, crushS: 0, calm: draw(), densityPerM2: 0 };
}

/** Clear of every wall, and on ground from which the bottleneck can be reached (not shut in behind a railing). */
function canStand(layout: SiteLayout, xM: number, yM: number, radiusM: number): boolean {
  const field = layout.toBottleneck;
  if (!Number.isFinite(field.distanceM[fieldCell(field, xM, yM)]!)) return false;
  const w = layout.walls;
  for (let k = 0; k < w.length; k += 4) if (closestOnSegment(xM, yM, w[k]!, w[k + 1]!, w[k + 2]!, w[k + 3]!).distanceM < radiusM) return false;
  return true;
}

/** People standing about keep this much space around their body when there is room (personal space). */
const standingGapM = 0.3;

/**
 * Places `count` people at random spots of the standing area, each keeping a personal gap from the others while
 * it can (random sequential placement); fewer if the area is full after a fair number of tries.
 */
export function placeInitialCrowd(agents: AgentColumns, spec: CrowdSpec, draw: Draw, count: number, layout: SiteLayout): void {
  const [x1, y1, x2, y2] = spec.site.standingArea;
  for (let placed = 0, tries = 0; placed < count && tries < count * 40; tries++) {
    const agent = newAgent(spec, draw, { xM: x1 + draw() * (x2 - x1), yM: y1 + draw() * (y2 - y1), goal: Goal.bottleneck });
    const gapM = tries < count * 20 ? standingGapM : 0;
    if (!canStand(layout, agent.xM, agent.yM, agent.radiusM) || !spotIsFree(agents, agent.xM, agent.yM, agent.radiusM + gapM)) continue;
    addAgent(agents, agent);
    placed++;
  }
}

/**
 * Tries to bring one person in at a random free spot just inside `opening`, heading for `goal`; false when the
 * opening is blocked by the crowd (three tries), so the person waits on the other side.
 */
export function enterAt(agents: AgentColumns, spec: CrowdSpec, draw: Draw, opening: SiteOpening, goal: number): boolean {
  const [x1, y1, x2, y2] = opening.segment;
  const { outX, outY } = outwardNormal(opening.segment);
  const lengthM = detMath.hypot(x2 - x1, y2 - y1);
  for (let attempt = 0; attempt < 3; attempt++) {
    const agent = newAgent(spec, draw, { xM: 0, yM: 0, goal });
    const marginM = Math.min(lengthM / 2, agent.radiusM + 0.1);
    const t = (marginM + draw() * (lengthM - 2 * marginM)) / lengthM;
    agent.xM = x1 + t * (x2 - x1) - outX * (agent.radiusM + 0.05);
    agent.yM = y1 + t * (y2 - y1) - outY * (agent.radiusM + 0.05);
    if (!spotIsFree(agents, agent.xM, agent.yM, agent.radiusM)) continue;
    addAgent(agents, agent);
    return true;
  }
  return false;
}

/** A Poisson draw of mean `mean` (Knuth's product of uniforms; means above 30 split into parts). */
export function poissonDraw(mean: number, draw: Draw): number {
  if (mean <= 0) return 0;
  if (mean > 30) return poissonDraw(mean / 2, draw) + poissonDraw(mean / 2, draw);
  const limit = detMath.exp(-mean);
  let count = 0;
  for (let product = draw(); product > limit; product *= draw()) count++;
  return count;
}

/** The factor of the arrival profile `elapsedS` into the incident: 0 once the last period is over. */
export function profileFactor(spec: CrowdSpec, elapsedS: number): number {
  return spec.arrivalProfile.find((p) => elapsedS < p.untilS)?.factor ?? 0;
}

/** Things that change how many come: the inflow stopped, a broadcast heard, an approach road closed. */
export interface InflowControls { inflowStopped: boolean; broadcastHeard: boolean; approachClosed: boolean }

/** People per minute arriving at each gate now, in site order. */
export function arrivalRatesPerMin(spec: CrowdSpec, elapsedS: number, controls: InflowControls): number[] {
  const factor = controls.inflowStopped ? 0
    : profileFactor(spec, elapsedS) * (controls.broadcastHeard ? spec.broadcast.arrivalFactor : 1) * (controls.approachClosed ? spec.closedRoadArrivalFactor : 1);
  return spec.site.gates.map((g) => g.arrivalsPerMin * factor);
}
