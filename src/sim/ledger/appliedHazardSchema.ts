// The shape of the hazards a drill record carries (src/sim/ledger/applyHazards.ts) and of the placement of a drill
// built from a ledger item (drillForHazard.ts), checked wherever a record is read back.
import { z } from 'zod';
import { Id, NonEmptyText } from '../scenario/vocabulary.ts';
import { FieldChange } from './hazardEffects.ts';
import { HazardNumber } from './hazardItem.ts';

export const AppliedHazardSchema = z.strictObject({ hazard: HazardNumber, effect: Id, incident: Id, changes: z.array(FieldChange).min(1).max(20) });

export const PlacedAtSchema = z.strictObject({ hazard: HazardNumber, incident: Id, place: Id, titleZh: NonEmptyText, titleEn: NonEmptyText });
