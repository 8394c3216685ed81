// When a team knew of an incident: the time late reporting (迟报) and the command post's speed are measured from.
import type { DrillRecord } from '../record.ts';

/** The knowledge event a drill records when a team learns of an incident (emitted once per-team knowledge is kept). */
interface KnowledgeGained { type: 'knowledge.gained'; timeS: number; team: string; incident: string; from?: string | null }

function isKnowledge(event: { type: string }): event is KnowledgeGained {
  return event.type === 'knowledge.gained';
}

/**
 * The time of the team's first `knowledge.gained` event about the incident. A record that keeps no knowledge events
 * at all falls back to the incident's discovery, as if everyone knew once anyone did; a record that keeps them and
 * has none for this team says the team never knew (null). Null too when the incident was never discovered.
 */
export function knownSinceS(record: DrillRecord, team: string, incidentId: string): number | null {
  let keepsKnowledge = false;
  let discoveredS: number | null = null;
  for (const event of record.events as readonly { type: string; timeS: number }[]) {
    if (isKnowledge(event)) {
      keepsKnowledge = true;
      if (event.team === team && event.incident === incidentId) return event.timeS;
    } else if (discoveredS === null && event.type === 'incident.discovered' && (event as { incident?: string }).incident === incidentId) {
      discoveredS = event.timeS;
    }
  }
  return keepsKnowledge ? null : discoveredS;
}

/**
 * When the team learnt of the incident other than from the level above it (the command post, for a village or a
 * station): what makes it the one that must report upwards. Null when it only ever heard of it from above.
 */
export function knownFirstHandS(record: DrillRecord, team: string, incidentId: string): number | null {
  const above = team === 'command-post' ? 'county' : 'command-post';
  for (const event of record.events as readonly { type: string; timeS: number; team?: string; incident?: string; from?: string | null }[]) {
    if (isKnowledge(event) && event.team === team && event.incident === incidentId && event.from !== above) return event.timeS;
  }
  return null;
}
