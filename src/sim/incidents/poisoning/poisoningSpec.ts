// A poisoning incident (毒): a toxic release, a food-poisoning outbreak or carbon monoxide in homes — what a
// scenario says about it. `kind` says which, and the sub-object of that kind carries its own fields.
import { z } from 'zod';
import { incidentBaseShape } from '../../scenario/incidentBase.ts';
import { requiredPart } from '../../scenario/requiredPart.ts';
import { CarbonMonoxideSpec } from './carbonMonoxideSpec.ts';
import { FoodPoisoningSpec } from './foodSpec.ts';
import { ToxicReleaseSpec } from './releaseSpec.ts';

export const poisoningKinds = ['toxicRelease', 'foodPoisoning', 'carbonMonoxide'] as const;
export type PoisoningKind = (typeof poisoningKinds)[number];

/** Treatment of the severely poisoned: the clinic's capacity, the medical units' help, and how fast the untreated die. */
export const CareSpec = z.strictObject({
  /** Severe patients the township clinic (卫生院) can take in and stabilise per hour. */
  clinicPatientsPerHour: z.number().min(0).max(1000).default(6),
  /** Severe patients each crew member of a medical unit sent to the incident treats or transfers per hour. */
  patientsPerMedicPerHour: z.number().min(0).max(100).default(0.5),
  /** Hazard rate of death of a severe patient still waiting for treatment, per hour. */
  untreatedSevereDeathRatePerHour: z.number().min(0).max(10).default(0.1),
});
export type CareSpec = z.infer<typeof CareSpec>;

const poisoningShape = {
  factor: z.literal('poisoning'),
  ...incidentBaseShape,
  care: CareSpec.default({ clinicPatientsPerHour: 6, patientsPerMedicPerHour: 0.5, untreatedSevereDeathRatePerHour: 0.1 }),
};

export const ToxicReleasePoisoningSpec = z.strictObject({
  ...poisoningShape,
  kind: z.literal('toxicRelease'),
  release: requiredPart(ToxicReleaseSpec, 'a toxicRelease incident'),
});
export type ToxicReleasePoisoningSpec = z.infer<typeof ToxicReleasePoisoningSpec>;

export const FoodPoisoningIncidentSpec = z.strictObject({
  ...poisoningShape,
  kind: z.literal('foodPoisoning'),
  food: requiredPart(FoodPoisoningSpec, 'a foodPoisoning incident'),
});
export type FoodPoisoningIncidentSpec = z.infer<typeof FoodPoisoningIncidentSpec>;

export const CarbonMonoxidePoisoningSpec = z.strictObject({
  ...poisoningShape,
  kind: z.literal('carbonMonoxide'),
  carbonMonoxide: requiredPart(CarbonMonoxideSpec, 'a carbonMonoxide incident'),
});
export type CarbonMonoxidePoisoningSpec = z.infer<typeof CarbonMonoxidePoisoningSpec>;

export const PoisoningSpec = z.discriminatedUnion('kind', [ToxicReleasePoisoningSpec, FoodPoisoningIncidentSpec, CarbonMonoxidePoisoningSpec]);
export type PoisoningSpec = z.infer<typeof PoisoningSpec>;
