// A building collapse's physics state (plain JSON, hashed and saved): the people trapped, the shoring left, the crew lost.
import type { TrappedPerson } from './trappedPeople.ts';

export interface CollapsePhysics {
  people: TrappedPerson[];
  shoringLeftCrewMin: number;
  /** Crew members of each unit caught in a secondary collapse, in the order it happened. */
  lostCrew: { unit: string; count: number }[];
  secondaryCollapseCount: number;
  /** Crew working in the rubble in the last tick, and the casualty loss (¥) booked so far. */
  crewInRubbleCount: number;
  lossBookedYuan: number;
}
