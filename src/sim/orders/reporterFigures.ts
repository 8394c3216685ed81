// The figures a report takes "from what the reporter knows" (a plan's report written with figuresFrom: 'reporter').
import type { SimState } from '../state/simState.ts';
import type { World } from '../world/world.ts';
import { incidentSpecOf } from '../state/incidentSpecOf.ts';

export interface ReporterFigures { casualties: { deaths: number; injured: number; missing: number }; estimatedLossYuan: number }

/**
 * The direct loss as known at a moment: what the simulation has counted so far, or the scenario's estimate of the
 * incident's loss (its ground truth) when that is more — most factors do not count loss as they go.
 */
export function knownLossYuan(simulatedLossYuan: number, groundTruthLossYuan: number): number {
  return Math.round(Math.max(simulatedLossYuan, groundTruthLossYuan));
}

/**
 * What the reporting team knows of the incident's casualties and loss at this moment. Until teams keep their own
 * knowledge this is the incident's toll as seen on scene now; null when the incident has not begun.
 */
export function reporterFigures(sim: { state: SimState; world: World }, incidentId: string, _team: string): ReporterFigures | null {
  const incident = sim.state.incidents.find((i) => i.id === incidentId && i.status !== 'pending');
  const spec = incidentSpecOf(sim.world, sim.state, incidentId);
  if (!incident || !spec) return null;
  const { deadCount, injuredCount, missingCount } = incident.casualties;
  return { casualties: { deaths: deadCount, injured: injuredCount, missing: missingCount }, estimatedLossYuan: knownLossYuan(incident.lossYuan, spec.groundTruth.estimatedLossYuan) };
}
