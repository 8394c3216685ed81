// Winter carbon monoxide poisoning in homes heated by coal stoves: what a scenario says about it.
import { z } from 'zod';

export const CarbonMonoxideSpec = z.strictObject({
  /** Homes where CO is building up tonight (a banked coal stove, a blocked flue, doors and windows shut). */
  householdsAtRiskCount: z.int().min(1).max(100_000),
  /** Homes the door-to-door check must visit to find them; defaults to the households of the village at `at`. */
  householdsToCheckCount: z.int().min(1).max(1_000_000).optional(),
  peoplePerHousehold: z.int().min(1).max(20).default(2),
  /** CO in the homes at risk: log-normal with this median and geometric standard deviation, ppm. */
  medianPpm: z.number().positive().max(50_000).default(500),
  ppmDispersion: z.number().min(1).max(10).default(1.8),
  /** How long the homes have been breathing CO when the incident starts (stoves banked at bedtime). */
  exposedBeforeStartS: z.int().min(0).max(24 * 3600).default(0),
  /** Seconds after the incident starts when people wake and families find the homes nobody checked. */
  dawnAfterS: z.int().min(0).max(24 * 3600),
  /** Homes one checker visits in an hour at night: knock, wake, look at the stove and the flue, open the window. */
  checksPerCrewPerHour: z.number().positive().max(1000).default(4),
  /** Alveolar ventilation of a sleeping adult, L/min, for the Coburn–Forster–Kane uptake. */
  alveolarVentilationLMin: z.number().positive().max(100).default(5),
  /** %COHb from which a person counts as poisoned, as severe (needs oxygen at once), and as dead. */
  cohbPct: z.strictObject({ injured: z.number().min(0).max(100), severe: z.number().min(0).max(100), lethal: z.number().min(0).max(100) })
    .default({ injured: 15, severe: 30, lethal: 60 }),
});
export type CarbonMonoxideSpec = z.infer<typeof CarbonMonoxideSpec>;
