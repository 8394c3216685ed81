// What every incident of a scenario says, whatever its factor: when it starts, where, who learns of it,
// the ground truth that reports are judged against, and which teams are expected to lead and support.
import { z } from 'zod';
import { Id, InspectionDomain, NonEmptyText } from './vocabulary.ts';

export const IncidentStartSchema = z.union([
  z.strictObject({ atS: z.int().min(0) }),
  /** Started by another incident's notice, e.g. a blast (`blast`) starting a fire. */
  z.strictObject({ after: z.strictObject({ incident: Id, notice: z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]*$/, { error: 'must be a notice name such as blast or valveClosed' }).max(64) }) }),
]);

export const IncidentPlaceSchema = z.union([
  z.strictObject({ place: Id }),
  z.strictObject({ xM: z.number().min(0), yM: z.number().min(0) }),
]);

export const incidentBaseShape = {
  id: Id,
  titleZh: NonEmptyText,
  titleEn: NonEmptyText,
  start: IncidentStartSchema,
  at: IncidentPlaceSchema,
  /** Who first learns of the incident, and how long after it starts (it enters their feed then). */
  discovery: z.strictObject({ by: Id, delayS: z.int().min(0).max(24 * 3600) }),
  /** From how many metres a team's people notice it; the factor's default when absent (knowledge/sightRanges.ts). */
  sightM: z.number().min(0).max(50_000).optional(),
  /** The facts reports are judged against (the changing casualties come from the sim). */
  groundTruth: z.strictObject({
    unitZh: NonEmptyText,
    unitEn: NonEmptyText,
    placeZh: NonEmptyText,
    placeEn: NonEmptyText,
    domain: InspectionDomain,
    estimatedLossYuan: z.number().min(0).max(1e12),
  }),
  /** Villages in harm's way: warnings and moves out of them are judged before the incident's first casualty. */
  villagesAtRisk: z.array(Id).default([]),
  /** 管行业必须管安全: the teams expected to lead the response, and those expected to support it. */
  expected: z.strictObject({ lead: z.array(Id).min(1), support: z.array(Id).default([]) }),
};

export type IncidentStart = z.infer<typeof IncidentStartSchema>;
export type IncidentPlace = z.infer<typeof IncidentPlaceSchema>;
export const IncidentBaseSchema = z.strictObject(incidentBaseShape);
export type IncidentBase = z.infer<typeof IncidentBaseSchema> & { factor: string };
