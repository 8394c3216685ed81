// Where a unit is sent: a named map object, or a point in metres.
import { z } from 'zod';
import { Id } from '../scenario/vocabulary.ts';

export const TargetSchema = z.union([
  z.strictObject({ place: Id }),
  z.strictObject({ xM: z.number().finite(), yM: z.number().finite() }),
]);
export type Target = z.infer<typeof TargetSchema>;

export function sameTarget(a: Target | null, b: Target | null): boolean {
  if (!a || !b) return false;
  if ('place' in a || 'place' in b) return 'place' in a && 'place' in b && a.place === b.place;
  return a.xM === b.xM && a.yM === b.yM;
}
