// Each factor's reading function, in one compile-checked table: a factor added to the vocabulary without a reading
// here fails the typecheck.
import type { Incident } from '../scenario/incidentSchema.ts';
import type { IncidentState } from '../incidents/incidentState.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { World } from '../world/world.ts';
import { explosionReading } from './blastReading.ts';
import { collapseReading } from './collapseReading.ts';
import { collisionReading } from './collisionReading.ts';
import { crowdReading } from './crowdReading.ts';
import { fireReading } from './fireReading.ts';
import { floodReading } from './floodReading.ts';
import { heatReading } from './heatReading.ts';
import type { IncidentReading } from './incidentReading.ts';
import { poisoningReading } from './plumeReading.ts';
import type { ReadingInput } from './readingInput.ts';

type Factor = Incident['factor'];
type ReadingOf<F extends Factor> = (input: ReadingInput<Extract<Incident, { factor: F }>>) => Extract<IncidentReading, { factor: F }> | null;

const readings: { [F in Factor]: ReadingOf<F> } = {
  fire: fireReading,
  explosion: explosionReading,
  collision: collisionReading,
  collapse: collapseReading,
  flood: floodReading,
  crowd: crowdReading,
  poisoning: poisoningReading,
  heat: heatReading,
};

/** The incident's map reading now; null before it starts or when its hazard shows nothing on the map. */
export function incidentReading(world: World, spec: Incident, incident: IncidentState, at: PointM): IncidentReading | null {
  if (incident.status === 'pending' || spec.factor !== incident.factor) return null;
  const read = readings[spec.factor] as (input: ReadingInput) => IncidentReading | null;
  return read({ world, spec, incident, at });
}
