// 塌 reading: the rubble's extent by kind of collapse, each trapped person's state (not yet located, located, freed
// alive, dead) and whether the site has been shored.
import type { CollapseSpec } from '../incidents/collapse/collapseSpec.ts';
import type { TrappedStatus } from '../incidents/collapse/trappedPeople.ts';
import type { ReadingInput } from './readingInput.ts';

export interface CollapseReading {
  factor: 'collapse';
  incident: string;
  rubbleRadiusM: number;
  /** One entry per person trapped, in the order they were trapped. */
  trapped: TrappedStatus[];
  shored: boolean;
}

/** The rubble's radius (m) by kind of collapse: a scaffold or a house is a small heap, a landslide a wide one. */
const rubbleRadiusM: Readonly<Record<string, number>> = { scaffold: 12, formwork: 14, oldHouse: 10, mineRoof: 10, landslide: 25 };
const defaultRadiusM = 12;

export function collapseReading({ spec, incident }: ReadingInput<CollapseSpec>): CollapseReading | null {
  const physics = incident.physics;
  if (!physics || incident.status === 'pending') return null;
  const shoringOrdered = incident.machine !== null && incident.machine.context.shoringOrdered;
  return {
    factor: 'collapse',
    incident: incident.id,
    rubbleRadiusM: rubbleRadiusM[spec.kind] ?? defaultRadiusM,
    trapped: physics.people.map((p) => p.status),
    shored: shoringOrdered && physics.shoringLeftCrewMin <= 0,
  };
}
