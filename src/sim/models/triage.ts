// START field triage: the deterministic decision table that sorts a casualty into green, yellow, red or black.
import { requireAtLeast } from './rangeGuards';

/** START triage category: green minor, yellow delayed, red immediate, black dead or expectant. */
export type TriageCategory = 'green' | 'yellow' | 'red' | 'black';

/** What a rescuer observes at one casualty, in START order. */
export interface StartObservation {
  walks: boolean;
  breathing: boolean;
  /** Only asked when not breathing: does breathing start once the airway is repositioned? Absent means no. */
  breathesAfterAirwayRepositioned?: boolean;
  /** Respiratory rate, breaths per minute. */
  respiratoryRate: number;
  radialPulse: boolean;
  /** Capillary refill time, s. */
  capillaryRefillS: number;
  obeysCommands: boolean;
}

/** START thresholds: more than 30 breaths/min, or capillary refill longer than 2 s, is red. */
const MAX_YELLOW_RESPIRATORY_RATE = 30;
const MAX_YELLOW_CAPILLARY_REFILL_S = 2;

function failsRpm(o: StartObservation): boolean {
  return o.respiratoryRate > MAX_YELLOW_RESPIRATORY_RATE
    || !o.radialPulse
    || o.capillaryRefillS > MAX_YELLOW_CAPILLARY_REFILL_S
    || !o.obeysCommands;
}

/**
 * START triage category, decided in the published order: can walk → green; not breathing → red if breathing starts
 * when the airway is repositioned, else black; respiratory rate > 30/min, no radial pulse, capillary refill > 2 s or
 * not obeying simple commands → red; otherwise yellow. Exactly 30/min and exactly 2 s are not red.
 * Source: START, Hoag Hospital & Newport Beach Fire Department (1983); Benson, Koenig & Schultz (1996),
 * Prehosp Disaster Med 11:117–124.
 * The adult algorithm only: children need JumpSTART (RR < 15 or > 45 → red), and the RR < 10 → red variant is not
 * applied. Throws RangeError for a negative or non-finite respiratory rate or capillary refill time.
 */
export function startTriage(observation: StartObservation): TriageCategory {
  requireAtLeast('respiratoryRate', observation.respiratoryRate, 0);
  requireAtLeast('capillaryRefillS', observation.capillaryRefillS, 0);
  if (observation.walks) return 'green';
  if (!observation.breathing) return observation.breathesAfterAirwayRepositioned === true ? 'red' : 'black';
  return failsRpm(observation) ? 'red' : 'yellow';
}
