// Keeps a drill that passes its schema tractable: the crowds' social-force model costs agents × sub-steps per sim
// second, and ten 10,000-agent crowds at a 0.01 s step would take hours for a two-hour drill. A drill over the
// budget is refused with the cost it would have; the temple-fair demo (3,000 agents at 0.05 s) uses 60,000. The same
// budget holds for crowds the facilitator adds as curveballs during a drill (orders/addIncident.ts).
import type { ContentProblem } from './contentError.ts';
import type { Incident } from './incidentSchema.ts';
import type { Scenario } from './scenarioSchema.ts';

/** Agent-steps per sim second all crowds of a drill may cost together: twice a default crowd (5,000 agents at 0.05 s). */
export const maxCrowdAgentStepsPerS = 200_000;

/** What the crowds among `incidents` cost together, in agent-steps per sim second. */
export function crowdAgentStepsPerS(incidents: readonly Incident[]): number {
  return incidents.reduce((sum, incident) => sum + (incident.factor === 'crowd' ? incident.maxAgents / incident.stepS : 0), 0);
}

export function checkDrillCost(file: string, scenario: Scenario): ContentProblem[] {
  const agentStepsPerS = crowdAgentStepsPerS(scenario.incidents);
  if (agentStepsPerS <= maxCrowdAgentStepsPerS) return [];
  return [{
    file,
    path: 'incidents',
    problem: `the crowds together would cost ${Math.round(agentStepsPerS)} agent-steps per sim second (at most ${maxCrowdAgentStepsPerS}): fewer maxAgents or a larger stepS`,
  }];
}
