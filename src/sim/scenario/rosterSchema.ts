// The township's forces as content: vehicles with speeds by road class, and every unit with owner and base.
import { z } from 'zod';
import { Capability, CountyForce, Id, NonEmptyText, RoadClass } from './vocabulary.ts';

const SpeedKmh = z.number().positive({ error: 'must be a speed above 0 km/h' }).max(200);

export const VehicleSchema = z.strictObject({
  nameZh: NonEmptyText,
  nameEn: NonEmptyText,
  speedKmh: z.record(RoadClass, SpeedKmh),
  /** Speed across country to the road network and from it to the target; */
  offRoadKmh: z.number().positive({ error: "must be above 0 km/h: crews can always walk the last stretch" }).max(60),
});
export type Vehicle = z.infer<typeof VehicleSchema>;

export const EquipmentSchema = z.strictObject({
  item: Id,
  count: z.int().min(1).max(100_000),
});

export const UnitSchema = z.strictObject({
  id: Id,
  nameZh: NonEmptyText,
  nameEn: NonEmptyText,
  /** A station, village or facility id, or `county` for the county's forces. */
  owner: Id,
  /** The map object the unit starts from and returns to. */
  base: Id,
  vehicle: z.string().min(1),
  crewCount: z.int().min(1).max(1000),
  capabilities: z.array(Capability).min(1),
  equipment: z.array(EquipmentSchema).default([]),
  countyForce: CountyForce.optional(),
});
export type UnitDefinition = z.infer<typeof UnitSchema>;

export const RosterSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  vehicles: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), VehicleSchema),
  units: z.array(UnitSchema).min(1).max(2000),
});
export type Roster = z.infer<typeof RosterSchema>;
