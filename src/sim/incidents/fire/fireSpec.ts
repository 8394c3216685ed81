// A fire (火) as a scenario states it: a grassland/forest fire on the map's cells (`wildland`) or a building fire
// (`building`), told apart by `kind`, each with the part of the spec for its kind, and what both share
// (smouldering, water, the watch).
import { z } from 'zod';
import { incidentBaseShape } from '../../scenario/incidentBase.ts';
import { requiredPart } from '../../scenario/requiredPart.ts';
import { BuildingSpec } from './buildingSpec.ts';
import { WildlandSpec } from './wildlandSpec.ts';

const Water = z.strictObject({ loadL: z.number().min(0).max(100_000), flowLs: z.number().min(0).max(1000) });

const fireShape = {
  factor: z.literal('fire'),
  ...incidentBaseShape,
  /** The fire smoulders (阴燃, 初起) this long before it takes off; a fire crew on scene before then puts it out. */
  smoulderS: z.int().min(0).max(86_400).default(300),
  /** Water vehicles by roster vehicle kind: the water they carry and their pump's flow. They refill when sent back and returned. */
  water: z.record(z.string().regex(/^[a-zA-Z]+$/), Water).default({
    fireEngine: { loadL: 6000, flowLs: 10 },
    waterTanker: { loadL: 3000, flowLs: 5 },
  }),
  /** After the open flame is out (看守火场): crews with `fire` or `search` on scene watch for this long; until then, and unwatched, it may rekindle. */
  watch: z.strictObject({
    watchS: z.int().min(0).max(86_400).default(1800),
    /** Chance rate per hour of rekindling while nobody watches, scaled by the share of the watch not yet kept. */
    rekindleRatePerHour: z.number().min(0).max(100).default(0.8),
    /** The remains are cold this long after the flame went out: no more rekindling, the incident ends. */
    coldAfterS: z.int().min(60).max(7 * 86_400).default(7200),
  }).prefault({}),
};

const everyDefault = ' (use {} for every default)';

export const WildlandFireSpec = z.strictObject({
  ...fireShape,
  kind: z.literal('wildland'),
  wildland: requiredPart(WildlandSpec, 'a fire of kind wildland', everyDefault),
});
export type WildlandFireSpec = z.infer<typeof WildlandFireSpec>;

export const BuildingFireSpec = z.strictObject({
  ...fireShape,
  kind: z.literal('building'),
  building: requiredPart(BuildingSpec, 'a fire of kind building', everyDefault),
});
export type BuildingFireSpec = z.infer<typeof BuildingFireSpec>;

export const FireSpec = z.discriminatedUnion('kind', [WildlandFireSpec, BuildingFireSpec]);
export type FireSpec = z.infer<typeof FireSpec>;
