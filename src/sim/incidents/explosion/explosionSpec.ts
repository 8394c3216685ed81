// A gas leak that may ignite (爆): what a scenario says about it.
import { z } from 'zod';
import { incidentBaseShape } from '../../scenario/incidentBase.ts';

export const ExplosionSpec = z.strictObject({
  factor: z.literal('explosion'),
  ...incidentBaseShape,
  /** LPG (液化石油气), town gas (管道天然气), or another flammable vapour such as a chemical plant's. */
  gas: z.enum(['lpg', 'townGas', 'other']),
  /** For `other`: the vapour's lower heating value (propylene ≈ 45.8, hydrogen ≈ 120 MJ/kg). */
  heatOfCombustionMjKg: z.number().positive().max(200).optional(),
  /** How fast gas escapes until the valve is closed. */
  releaseKgPerS: z.number().positive().max(100),
  /** Gas in the cloud needed for a flammable mixture where people and sparks are (the space's volume × LEL). */
  ignitableCloudKg: z.number().positive().max(100_000),
  /** Chance rate of ignition per hour once the cloud can burn, with every usual ignition source present. */
  ignitionRatePerHour: z.number().min(0).max(1000),
  /** How fast the cloud thins when nobody ventilates, and when the space is ventilated. */
  naturalHalfLifeS: z.int().min(10).max(86_400),
  ventilatedHalfLifeS: z.int().min(10).max(86_400),
  /** Share of the cloud's combustion energy that goes into the blast (CCPS: 1–10 %, typically 3–5 %). */
  yieldFraction: z.number().min(0.001).max(0.2).default(0.03),
  /** People at the site itself (staff, customers), and how far from the cloud's centre they stand. */
  siteOccupants: z.int().min(0).max(100_000),
  siteDistanceM: z.number().positive().max(1000),
  /** Where responders wait before and after a cordon is set. */
  standoffM: z.strictObject({ withoutCordon: z.number().positive().max(1000), withCordon: z.number().positive().max(5000) }),
  /** Villages whose residents still at home are in reach of the blast, with their houses spread over this radius. */
  nearbyVillageRadiusM: z.number().positive().max(5000).default(300),
  /** What a building is worth, for the direct loss of blast damage: the site's own, and a village house. */
  siteBuildingValueYuan: z.number().min(0).max(1e10).default(1_500_000),
  householdValueYuan: z.number().min(0).max(1e9).default(250_000),
  /** After the blast, search and rescue must work this long before the site can be declared safe. */
  searchS: z.int().min(0).max(86_400),
}).refine((s) => (s.gas === 'other') === (s.heatOfCombustionMjKg !== undefined), {
  error: 'give heatOfCombustionMjKg exactly when gas is "other"',
  path: ['heatOfCombustionMjKg'],
});
export type ExplosionSpec = z.infer<typeof ExplosionSpec>;
