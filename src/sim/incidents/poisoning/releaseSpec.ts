// A toxic gas release (chlorine at the water plant, ammonia at a cold store): what a scenario says about it.
import { z } from 'zod';

const WindShift = z.strictObject({
  /** Seconds after the release starts when the wind at the site turns. */
  afterS: z.int().min(0).max(72 * 3600),
  /** Where the wind now blows from, degrees clockwise from north, and its speed. */
  windFromDeg: z.number().min(0).lt(360),
  windMs: z.number().min(0).max(60),
});

export const ToxicReleaseSpec = z.strictObject({
  chemical: z.enum(['chlorine', 'ammonia']),
  /** How fast gas escapes until the source is isolated (a 1 t chlorine drum's liquid valve: several hundred g/s). */
  releaseGs: z.number().positive().max(100_000),
  /** Gas that can escape in all (a full 1 t drum holds 1000 kg); the release stops by itself when it is out. */
  inventoryKg: z.number().positive().max(1_000_000),
  /** Effective height of the release above the ground. */
  sourceHeightM: z.number().min(0).max(300).default(1),
  /** The sky for Pasquill's stability table: sunshine by day, cloud cover by night, or overcast. */
  sky: z.enum(['strongSun', 'moderateSun', 'slightSun', 'overcast', 'nightCloudy', 'nightClear']),
  /** Overrides the stability class read from wind and sky (A very unstable … F moderately stable). */
  stabilityClass: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).optional(),
  /** The plume model needs moving air: calmer winds are taken as this (1 m/s as ALOHA does). */
  minWindMs: z.number().positive().max(5).default(1),
  /** Turns of the wind at the site during the release, in time order; the scenario's weather holds before the first. */
  windShifts: z.array(WindShift).default([]),
  /** Residents' houses spread over a disc of this radius around each village's centre. */
  villageRadiusM: z.number().positive().max(5000).default(300),
  /** Share of the people at home who are outdoors (yards, fields, streets) until a warning sends them in. */
  outdoorShare: z.number().min(0).max(1).default(0.1),
  /** Air changes per hour of the houses: as people live in them, and once a warning has them shut doors and windows. */
  airChangesPerHour: z.strictObject({ normal: z.number().positive().max(50), sheltered: z.number().positive().max(50) })
    .default({ normal: 2, sheltered: 0.5 }),
  /** Work a hazmat crew in breathing apparatus needs on scene to isolate the source once ordered (close the valve, plug the leak). */
  isolationWorkS: z.int().min(0).max(24 * 3600).default(600),
  /** How far from the source responders without breathing apparatus stand, on any side, until a cordon puts them upwind. */
  responderStandoffM: z.number().positive().max(5000).default(100),
});
export type ToxicReleaseSpec = z.infer<typeof ToxicReleaseSpec>;
