// One crowd incident's physics state (plain JSON, hashed and saved): the people on the site, the queues on either
// side of it, the doors' state, the counts the readings and the view need.
import type { FruinLos } from '../../models/crowd.ts';
import type { SimContext } from '../../simContext.ts';
import type { AgentColumns } from './crowdAgents.ts';
import { noAgents } from './crowdAgents.ts';
import { placeInitialCrowd } from './crowdArrivals.ts';
import type { DensityMap } from './crowdDensity.ts';
import type { CrowdSpec } from './crowdSpec.ts';
import { siteLayout } from './siteLayout.ts';

export interface CrowdPhysics {
  agents: AgentColumns;
  /** Per exit, in site order. */
  exitsOpen: boolean[];
  /** Open-exit orders and broadcasts already carried out (the machine counts the orders). */
  exitsOpenedByOrder: number;
  broadcastsHeard: number;
  /** Per gate: people who have come but not yet found room to walk in. */
  waitingOutside: number[];
  /** Beyond the bottleneck: when each visitor there comes back, earliest first. */
  returnsDueS: number[];
  /** People per minute arriving at all gates now. */
  arrivalsPerMin: number;
  enteredCount: number;
  throughBottleneckCount: number;
  leftCount: number;
  turnedAwayCount: number;
  peakDensityPerM2: number;
  fruinLos: FruinLos;
  densityMap: DensityMap | null;
  fallenCount: number;
  deadCount: number;
  /** Injured carried out of the crowd, waiting for (or in) medical care. */
  waitingCareCount: number;
}

/** The people already at the site: the spec's count, else the occupants of the facility the incident is at. */
export function initialCrowdCount(spec: CrowdSpec, ctx: SimContext): number {
  if (spec.initialCount !== undefined) return spec.initialCount;
  const at = spec.at;
  return 'place' in at ? (ctx.world.drill.map.facilities.find((f) => f.id === at.place)?.occupants ?? 0) : 0;
}

export function initialCrowdPhysics(spec: CrowdSpec, ctx: SimContext): CrowdPhysics {
  const agents = noAgents();
  const exitsOpen = spec.site.exits.map((e) => e.openAtStart);
  const layout = siteLayout(spec.site, exitsOpen, false);
  placeInitialCrowd(agents, spec, () => ctx.random.next('crowd'), Math.min(spec.maxAgents, initialCrowdCount(spec, ctx)), layout);
  return {
    agents, exitsOpen, exitsOpenedByOrder: 0, broadcastsHeard: 0,
    waitingOutside: spec.site.gates.map(() => 0), returnsDueS: [], arrivalsPerMin: 0,
    enteredCount: 0, throughBottleneckCount: 0, leftCount: 0, turnedAwayCount: 0,
    peakDensityPerM2: 0, fruinLos: 'A', densityMap: null, fallenCount: 0, deadCount: 0, waitingCareCount: 0,
  };
}
