// Where a unit is sent: a named map object, an incident, or a point in metres.
import { z } from 'zod';
import { Id } from '../scenario/vocabulary.ts';

export const TargetSchema = z.union([
  z.strictObject({ place: Id }),
  z.strictObject({ incident: Id }),
  z.strictObject({ xM: z.number().finite(), yM: z.number().finite() }),
]);
export type Target = z.infer<typeof TargetSchema>;

export function sameTarget(a: Target | null, b: Target | null): boolean {
  if (!a || !b) return false;
  if ('place' in a || 'place' in b) return 'place' in a && 'place' in b && a.place === b.place;
  if ('incident' in a || 'incident' in b) return 'incident' in a && 'incident' in b && a.incident === b.incident;
  return a.xM === b.xM && a.yM === b.yM;
}

/** The incident a target points at, or null. */
export function targetIncident(target: Target | null): string | null {
  return target !== null && 'incident' in target ? target.incident : null;
}
