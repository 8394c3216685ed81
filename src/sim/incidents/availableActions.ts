// The one rule for what may be done at an incident: its factor's actions that fit this incident (sealing food fits a
// food poisoning, not a chlorine leak), and which of them a unit with given capabilities can carry out. The order
// actOnIncident checks it; the incident and unit cards offer exactly what it allows.
import type { IncidentBase } from '../scenario/incidentBase.ts';
import type { Capability } from '../scenario/vocabulary.ts';
import { factorDefinitionOf } from './factorRegistry.ts';

export interface AvailableAction {
  /** The action's id within its factor (`closeValve`, `cutFirebreak` …). */
  id: string;
  /** A unit on scene with one of these must carry it out; null when a team can act without one. */
  capabilities: readonly Capability[] | null;
}

/** The actions that fit this incident, in the order its factor declares them. */
export function availableActions(spec: IncidentBase): AvailableAction[] {
  const actions = factorDefinitionOf(spec.factor)?.actions ?? {};
  return Object.entries(actions)
    .filter(([, action]) => !action.appliesTo || action.appliesTo(spec))
    .map(([id, action]) => ({ id, capabilities: action.capabilities }));
}

/** Whether a unit with these capabilities can carry the action out (any unit can when it needs none). */
export function unitCanCarryOut(action: AvailableAction, capabilities: readonly string[]): boolean {
  return action.capabilities === null || action.capabilities.some((c) => capabilities.includes(c));
}

/** Whether the factor has an action of this id at all, fitting this incident or not. */
export function isFactorAction(factor: string, action: string): boolean {
  return Object.hasOwn(factorDefinitionOf(factor)?.actions ?? {}, action);
}
