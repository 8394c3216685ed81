// A part of a spec that one kind of incident needs (a wildland fire's `wildland`, a food poisoning's `food`): the
// same object, whose error says what needs it when the part is missing, and keeps zod's own words for anything else.
import { z } from 'zod';

export function requiredPart<Shape extends z.core.$ZodLooseShape>(part: z.ZodObject<Shape, z.core.$strict>, what: string, hint = '') {
  return z.strictObject(part.shape, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? `required for ${what}${hint}` : undefined),
  });
}
