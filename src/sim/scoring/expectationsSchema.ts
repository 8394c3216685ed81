// What a rubric expects of a drill that has injects but no incident (a flood transfer ahead of a rainstorm): the
// villages warned at a colour by a time, the share of each village's people moved by a time, and the reports filed.
import { z } from 'zod';
import { Id, WarningColour } from '../scenario/vocabulary.ts';

export const ExpectationsSchema = z.strictObject({
  warnings: z.array(z.strictObject({ villages: z.array(Id).min(1), colourAtLeast: WarningColour, byS: z.int().min(0) })).default([]),
  moves: z.array(z.strictObject({ village: Id, shareAtLeast: z.number().min(0).max(1), byS: z.int().min(0) })).default([]),
  /** A report by this team (to the command post, or by the command post to the county) by a time. */
  reports: z.array(z.strictObject({ by: Id, byS: z.int().min(0) })).default([]),
});
export type Expectations = z.infer<typeof ExpectationsSchema>;
