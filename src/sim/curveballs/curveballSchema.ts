// A township's curveball templates (突发情况模板): incidents the facilitator may add mid-drill by clicking the map.
// A template is a factor's incident spec without what the click decides — its id, start and place — so the same
// checks (and defaults) apply as to a scenario's incidents once the placement rule has filled those in.
import { z } from 'zod';
import { CollapseSpec } from '../incidents/collapse/collapseSpec.ts';
import { CollisionSpec } from '../incidents/collision/collisionSpec.ts';
import { CrowdSpec } from '../incidents/crowd/crowdSpec.ts';
import { ExplosionSpec } from '../incidents/explosion/explosionSpec.ts';
import { BuildingFireSpec, WildlandFireSpec } from '../incidents/fire/fireSpec.ts';
import { FloodSpec } from '../incidents/flood/floodSpec.ts';
import { HeatSpec } from '../incidents/heat/heatSpec.ts';
import { CarbonMonoxidePoisoningSpec, FoodPoisoningIncidentSpec, ToxicReleasePoisoningSpec } from '../incidents/poisoning/poisoningSpec.ts';
import { Id, NonEmptyText } from '../scenario/vocabulary.ts';

/** A factor's spec shape less the fields the click decides (for a fire or a poisoning, each kind's shape). Cross-field
 *  rules are checked when the loader tries the template out as a whole incident. */
function withoutClickFields<Shape extends { id: unknown; start: unknown; at: unknown }>(shape: Shape) {
  const { id: _id, start: _start, at: _at, ...rest } = shape;
  return z.strictObject(rest);
}

export const TemplateIncident = z.discriminatedUnion('factor', [
  z.discriminatedUnion('kind', [withoutClickFields(WildlandFireSpec.shape), withoutClickFields(BuildingFireSpec.shape)]),
  withoutClickFields(ExplosionSpec.shape), withoutClickFields(CollisionSpec.shape),
  withoutClickFields(CollapseSpec.shape), withoutClickFields(FloodSpec.shape), withoutClickFields(CrowdSpec.shape),
  z.discriminatedUnion('kind', [
    withoutClickFields(ToxicReleasePoisoningSpec.shape), withoutClickFields(FoodPoisoningIncidentSpec.shape), withoutClickFields(CarbonMonoxidePoisoningSpec.shape),
  ]),
  withoutClickFields(HeatSpec.shape),
]);

export type TemplateIncident = z.infer<typeof TemplateIncident>;

export const CurveballTemplate = z.strictObject({
  id: Id,
  nameZh: NonEmptyText,
  nameEn: NonEmptyText,
  /** The incident as a scenario would state it, less `id`, `start` and `at`. Map references left out (a crash's road,
   *  the clinic, the county entry, a pumping station, approach roads, a heat group's authorities, villages at risk)
   *  are filled in by the factor's placement rule from the clicked point. */
  incident: TemplateIncident,
});
export type CurveballTemplate = z.infer<typeof CurveballTemplate>;

export const CurveballFile = z.strictObject({
  schemaVersion: z.literal(1),
  templates: z.array(CurveballTemplate).max(100),
});
export type CurveballFile = z.infer<typeof CurveballFile>;
