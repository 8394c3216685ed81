// Reads Tiled object layers into typed map objects, validating each object's custom properties.
import { z } from 'zod';
import type { ContentProblem } from './contentError.ts';
import { pathOf } from './contentError.ts';
import type { TiledObject } from './tiledSchema.ts';
import { idPattern, InspectionDomain, NonEmptyText, RoadClass, StationKind } from './vocabulary.ts';

const Count = z.int().min(0).max(10_000_000);
const Named = { nameZh: NonEmptyText, nameEn: NonEmptyText };

export const objectPropertySchemas = {
  roads: z.strictObject({ ...Named, roadClass: RoadClass, bridge: z.boolean().default(false) }),
  water: z.strictObject({ ...Named, kind: z.enum(['river', 'embankment']), crestElevationM: z.number().optional() }),
  villages: z.strictObject({
    ...Named, population: Count, households: Count, elderlyAlone: Count, children: Count,
    cadres: Count, militia: Count, volunteers: Count, gridWorkers: Count.default(0),
    infoReporterZh: NonEmptyText, infoReporterEn: NonEmptyText,
  }).refine((v) => v.elderlyAlone + v.children <= v.population, { error: 'elderlyAlone + children exceed the population' }),
  stations: z.strictObject({ ...Named, kind: StationKind }),
  facilities: z.strictObject({ ...Named, domain: InspectionDomain, kind: NonEmptyText, occupants: Count.default(0), village: z.string().optional() }),
  shelters: z.strictObject({ ...Named, capacity: Count, openAtStart: z.boolean().default(false) }),
  places: z.strictObject({ ...Named, kind: NonEmptyText }),
} as const;

export type ObjectLayerName = keyof typeof objectPropertySchemas;
export type ObjectProperties<L extends ObjectLayerName> = z.infer<(typeof objectPropertySchemas)[L]>;

export interface ParsedObject<L extends ObjectLayerName> {
  id: string;
  object: TiledObject;
  props: ObjectProperties<L>;
}

/** Validates the objects of one layer; each problem names the layer, the object and the property. */
export function parseObjectLayer<L extends ObjectLayerName>(
  file: string, layer: L, objects: readonly TiledObject[],
): { parsed: ParsedObject<L>[]; problems: ContentProblem[] } {
  const parsed: ParsedObject<L>[] = [];
  const problems: ContentProblem[] = [];
  for (const [index, object] of objects.entries()) {
    const label = object.name || `#${index}`;
    if (!idPattern.test(object.name)) {
      problems.push({ file, path: `${layer}.${label}.name`, problem: 'the object name is its id: lower-case letters, digits and "-"' });
      continue;
    }
    const record = Object.fromEntries(object.properties.map((p) => [p.name, p.value]));
    const result = objectPropertySchemas[layer].safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues.slice(0, 5)) {
        problems.push({ file, path: pathOf([layer, label, ...issue.path]), problem: issue.message });
      }
      continue;
    }
    parsed.push({ id: object.name, object, props: result.data as ObjectProperties<L> });
  }
  return { parsed, problems };
}
