// A refused order as a value: a reason code a program can match and its particulars (ids, codes, numbers) that
// src/i18n words for a person, the same way live, in the review, the reports and the CLI.
import type { CountyForce, ResponseLevel } from '../scenario/vocabulary.ts';
import type { PlaceWanted } from '../curveballs/placementRules.ts';

export const rejectionReasons = [
  'unknown-team', 'facilitator-only', 'command-post-only', 'unknown-unit', 'not-your-unit', 'unit-not-on-map',
  'unknown-target', 'target-off-map', 'unreachable', 'already-there', 'already-home', 'unknown-village',
  'not-your-village', 'no-village-in-area', 'unknown-shelter', 'shelter-closed', 'shelter-already-open', 'shelter-full',
  'evacuation-done', 'unknown-road', 'road-already-closed', 'road-not-closed', 'not-road-authority',
  'wrong-report-recipient', 'no-initial-report', 'unknown-incident', 'county-force-unavailable',
  'county-already-requested', 'same-response-level', 'unknown-inject', 'inject-not-pending', 'already-assigned',
  'invalid-order', 'facilitator-adds-incidents', 'unknown-curveball', 'nothing-to-place-on', 'wrong-ground', 'curveball-over-budget',
  'incident-not-active', 'unknown-action', 'action-not-for-incident', 'unit-not-on-scene', 'unit-lacks-capability',
  'action-needs-unit', 'incident-not-known', 'county-not-told', 'county-not-told-any', 'call-to-self',
] as const;
export type RejectionReason = (typeof rejectionReasons)[number];

/**
 * The particulars of a refusal. Ids name content objects (units, villages, roads, shelters, incidents, injects,
 * curveball templates, teams) and are worded through the content's names; codes are worded by src/i18n.
 */
export interface RefusalParams {
  unit?: string;
  village?: string;
  road?: string;
  shelter?: string;
  incident?: string;
  inject?: string;
  template?: string;
  /** The team that gave the order, or the one named in it. */
  by?: string;
  team?: string;
  target?: string;
  level?: ResponseLevel;
  force?: CountyForce;
  /** An action id of the incident's factor. */
  action?: string;
  what?: PlaceWanted;
  distanceM?: number;
  /** A curveball crowd's cost with the drill's other crowds, and the budget (agent-steps per sim second). */
  agentStepsPerS?: number;
  maxAgentStepsPerS?: number;
  /** What is malformed in an order that does not parse (a field path and the problem, for whoever wrote the file). */
  detail?: string;
}

export interface Rejection { ok: false; reason: RejectionReason; params: RefusalParams }
export type OrderOutcome = { ok: true } | Rejection;

export const accepted: OrderOutcome = { ok: true };

/** Whether a guard's result is a refusal rather than the thing it looked up. */
export function isRejection(value: unknown): value is Rejection {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

export function reject(reason: RejectionReason, params: RefusalParams = {}): Rejection {
  return { ok: false, reason, params };
}
