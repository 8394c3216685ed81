// The shape of the hazards a drill record carries (src/sim/ledger/applyHazards.ts) and of the placement of a drill
// built from a ledger item (drillForHazard.ts), checked wherever a record is read back.
import { z } from 'zod';
import { IncidentPlaceSchema } from '../scenario/incidentBase.ts';
import { Id, NonEmptyText } from '../scenario/vocabulary.ts';
import { FieldChange } from './hazardEffects.ts';
import { HazardNumber } from './hazardItem.ts';

export const AppliedHazardSchema = z.strictObject({ hazard: HazardNumber, effect: Id, incident: Id, changes: z.array(FieldChange).min(1).max(20) });

/** A record before crashes moved to other roads has no `at` … `team`: its incident stood at `place`. */
export const PlacedAtSchema = z.strictObject({
  hazard: HazardNumber, incident: Id, place: Id, titleZh: NonEmptyText, titleEn: NonEmptyText,
  at: IncidentPlaceSchema.optional(), road: Id.optional(), countyEntry: Id.optional(), clinic: Id.optional(),
  placeZh: NonEmptyText.optional(), placeEn: NonEmptyText.optional(),
  villagesAtRisk: z.array(Id).max(100).optional(), approachRoads: z.array(Id).max(10).optional(),
  team: z.strictObject({ from: Id, to: Id }).optional(),
});
