// The figures a report takes "from what the reporter knows" (a plan's report written with figuresFrom: 'reporter').
import type { SimState } from '../state/simState.ts';

export interface ReporterFigures { casualties: { deaths: number; injured: number; missing: number }; estimatedLossYuan: number }

/**
 * What the reporting team knows of the incident's casualties and loss at this moment. Until teams keep their own
 * knowledge this is the incident's toll as seen on scene now; null when the incident has not begun.
 */
export function reporterFigures(state: SimState, incidentId: string, _team: string): ReporterFigures | null {
  const incident = state.incidents.find((i) => i.id === incidentId && i.status !== 'pending');
  if (!incident) return null;
  const { deadCount, injuredCount, missingCount } = incident.casualties;
  return { casualties: { deaths: deadCount, injured: injuredCount, missing: missingCount }, estimatedLossYuan: Math.round(incident.lossYuan) };
}
