// A crowd incident as it starts: the people already on the site, placed, the exits as the scenario opens them.
import type { SimContext } from '../../simContext.ts';
import { noAgents } from './crowdAgents.ts';
import { placeInitialCrowd } from './crowdArrivals.ts';
import type { CrowdPhysics } from './crowdPhysics.ts';
import type { CrowdSpec } from './crowdSpec.ts';
import { siteLayout } from './siteLayout.ts';

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
