// How an open hazard changes the drill where it lies, declared in content (scenarios/ledger/effects.json): each
// effect names the factor of the incidents it touches and the spec fields it changes (multiplied or set).
import { z } from 'zod';
import type { Loaded } from '../scenario/contentError.ts';
import { parseJsonText, problemsFromZod } from '../scenario/contentError.ts';
import { Factor, Id, NonEmptyText } from '../scenario/vocabulary.ts';

/** A dotted path into an incident's spec; `*` stands for every element of an array (`vehicles.*.mix`). */
const FieldPath = z.string().regex(/^[A-Za-z]+(\.([A-Za-z]+|\*))*$/, { error: 'must be a dotted field path such as building.selfEscapePerMin' });

export const FieldChange = z.union([
  z.strictObject({ field: FieldPath, multiply: z.number().min(0).max(1000) }),
  z.strictObject({ field: FieldPath, set: z.json() }),
]);
export type FieldChange = z.infer<typeof FieldChange>;

export const HazardEffect = z.strictObject({
  id: Id,
  titleZh: NonEmptyText,
  titleEn: NonEmptyText,
  /** The factor of the incidents it changes: only an incident of this factor at the hazard's place is touched. */
  factor: Factor,
  changes: z.array(FieldChange).min(1).max(20),
  /** The phase whose time the review compares with and without the hazard ("the dike breached 25 minutes sooner"). */
  costPhase: z.string().min(1).max(64).optional(),
});
export type HazardEffect = z.infer<typeof HazardEffect>;

export const HazardEffectsFile = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  effects: z.array(HazardEffect).min(1).max(200),
}).refine((f) => new Set(f.effects.map((e) => e.id)).size === f.effects.length, { error: 'two effects share an id', path: ['effects'] });
export type HazardEffectsFile = z.infer<typeof HazardEffectsFile>;

export function parseHazardEffects(file: string, text: string): Loaded<HazardEffect[]> {
  const json = parseJsonText(file, text);
  if (!json.ok) return json;
  const parsed = HazardEffectsFile.safeParse(json.value);
  return parsed.success ? { ok: true, value: parsed.data.effects } : { ok: false, problems: problemsFromZod(file, parsed.error) };
}
