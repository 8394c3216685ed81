// One crowd incident's physics state (plain JSON, hashed and saved): the people on the site, the queues on either
// side of it, the doors' state, the counts the readings and the view need.
import type { FruinLos } from '../../models/crowd.ts';
import type { AgentColumns } from './crowdAgents.ts';
import type { DensityMap } from './crowdDensity.ts';

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
