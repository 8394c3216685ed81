// The figures of an incident as they truly are now: what a team sees of it, and what the facilitator knows.
import type { IncidentState } from '../incidents/incidentState.ts';
import type { KnownCasualties, KnownFigures } from './knowledgeState.ts';

export function trueCasualties(incident: IncidentState): KnownCasualties {
  const { deadCount, injuredCount, missingCount } = incident.casualties;
  return { deaths: deadCount, injured: injuredCount, missing: missingCount };
}

/** What a team sees: the phase from anywhere in sight, the casualties only on the spot (never the loss in yuan). */
export function seenFigures(incident: IncidentState, onTheSpot: boolean): Partial<KnownFigures> {
  return onTheSpot ? { phase: incident.phase, casualties: trueCasualties(incident) } : { phase: incident.phase };
}

export function trueFigures(incident: IncidentState): KnownFigures {
  return { phase: incident.phase, casualties: trueCasualties(incident), lossYuan: incident.lossYuan };
}
