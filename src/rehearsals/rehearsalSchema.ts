// The shape of one kept rehearsal, checked whenever an entry is read back or imported: an entry that does not fit
// is reported and skipped, never trusted. Version 1 of the entry format; `schemaVersion` says which wrote it.
import { z } from 'zod';
import type { DrillRecord, DrillScore, RecordedOrder } from '../sim/index.ts';
import { maxTraineeNameChars } from '../training/trainingAttempt.ts';
import { AppliedHazardSchema, PlacedAtSchema, malformedOrderText, parseOrder, rejectionReasons, ruleIds, SeedText, vetoIds } from '../sim/index.ts';

export const rehearsalSchemaVersion = 1;

const Text = z.strictObject({ zh: z.string(), en: z.string() });
const Rating = z.enum(['P', 'S', 'M', 'U']).nullable();
const Conclusion = z.enum(['excellent', 'good', 'pass', 'fail']);
const Count = z.int().min(0);
/** A finding's or veto's figures, as scoring keeps them for words in any language. */
const Params = z.record(z.string(), z.union([z.string(), z.number()]));

/**
 * Entries kept before the core returned findings and vetoes as codes only also carry their words; those are dropped
 * on reading (src/i18n words the code), and a finding of then that had no code takes its measure's.
 */
const legacyCodes: Readonly<Record<string, string>> = {
  livesSaved: 'outcome.fewSaved', outcomeAgainstPlan: 'outcome.belowPlan', countySupportInTime: 'county.late', overCommitment: 'units.allCommitted',
  ordersAccepted: 'orders.refused', villagesHelped: 'villages.noMutualAid', warningBeforeImpact: 'warning.late', movedBeforeImpact: 'moved.late',
  vulnerableMovedFirst: 'moved.vulnerableLate',
};
function withoutWords<T extends { problem?: unknown; action?: unknown; why?: unknown }>(value: T): Omit<T, 'problem' | 'action' | 'why'> {
  const copy = { ...value };
  delete copy.problem;
  delete copy.action;
  delete copy.why;
  return copy;
}

const RecordedOrderSchema = z.strictObject({
  atS: Count,
  order: z.unknown().transform((value, ctx) => {
    const parsed = parseOrder(value);
    if (parsed.ok) return parsed.order;
    ctx.addIssue({ code: 'custom', message: malformedOrderText(parsed) });
    return z.NEVER;
  }),
  rejected: z.enum(rejectionReasons, 'not a known refusal reason').nullable(),
  refusalParams: z.strictObject({
    ...Object.fromEntries(['unit', 'village', 'road', 'shelter', 'incident', 'inject', 'template', 'by', 'team', 'target', 'level', 'force', 'action', 'what', 'detail'].map((k) => [k, z.string().optional()])),
    distanceM: z.number().optional(),
  }).optional(),
});

/** The drill record as the core writes it; its orders are checked as the core checks an order from outside. */
export const RecordSchema = z.strictObject({
  schemaVersion: z.literal(1),
  scenarioId: z.string().min(1),
  seed: SeedText,
  timeCompression: z.number().positive(),
  orders: z.array(RecordedOrderSchema).refine((orders) => orders.every((o, i) => i === 0 || orders[i - 1]!.atS <= o.atS), 'orders must be in time order'),
  events: z.array(z.unknown()),
  endS: Count,
  hazards: z.array(AppliedHazardSchema).optional(),
  placedAt: PlacedAtSchema.optional(),
});

const ScoreSchema = z.strictObject({
  rubric: z.string(),
  total: z.number().min(0).max(100),
  conclusion: Conclusion,
  vetoes: z.array(z.strictObject({ veto: z.enum(vetoIds), incident: z.string(), code: z.string(), params: Params, why: Text.optional(), capsAt: z.enum(['good', 'pass']).optional() }).transform(withoutWords)),
  capabilities: z.array(z.strictObject({
    id: z.string().min(1), nameZh: z.string(), nameEn: z.string(), earned: z.number().min(0), possible: z.number().min(0), rating: Rating,
    items: z.array(z.strictObject({ id: z.string(), measure: z.string(), applicable: z.boolean(), earned: z.number().min(0), possible: z.number().min(0) })),
  })),
  scorecards: z.array(z.strictObject({
    team: z.string(), ordersGiven: Count, ordersRefused: Count, reportsFiled: Count, reportsIncomplete: Count, reportsUntrue: Count, unitArrivals: Count,
  })),
  findings: z.array(z.strictObject({
    item: z.string().min(1), code: z.string().optional(), params: Params.optional(), owner: z.string().min(1), problem: Text.optional(), action: Text.optional(), deadlineDays: z.number().min(0),
  }).transform((f) => ({ ...withoutWords(f), code: f.code ?? legacyCodes[f.item] ?? f.item, params: f.params ?? {} }))),
  /** A micro-drill's verdict on each of the trainee's duties (a role rubric's score). */
  role: z.strictObject({
    team: z.string().min(1),
    duties: z.array(z.strictObject({
      item: z.string().min(1), kind: z.string().min(1), rule: z.enum(ruleIds), verdict: z.enum(['onTime', 'late', 'missed']),
      doneS: Count.nullable(), dueS: Count, params: Params,
    })),
  }).optional(),
});

/** What the list and the comparison read without opening the score: a few numbers per rehearsal. */
const SummarySchema = z.strictObject({
  total: z.number().min(0).max(100),
  conclusion: Conclusion,
  vetoes: z.array(z.enum(vetoIds)),
  /** Share of each capability's points earned, 0–1; null when nothing in it applied. */
  capabilities: z.array(z.strictObject({ id: z.string().min(1), nameZh: z.string(), nameEn: z.string(), share: z.number().min(0).max(1).nullable(), rating: Rating })),
  deadCount: Count,
  injuredCount: Count,
  missingCount: Count,
  findings: z.array(z.strictObject({ item: z.string().min(1), owner: z.string().min(1) })),
});

export const RehearsalSchema = z.strictObject({
  schemaVersion: z.literal(rehearsalSchemaVersion),
  id: z.string().min(1),
  scenarioId: z.string().min(1),
  titleZh: z.string(),
  titleEn: z.string(),
  finishedAt: z.iso.datetime({ offset: true }),
  mode: z.enum(['hall', 'training']),
  team: z.string().nullable(),
  /** Self-training brought from a trainee's device (src/training/trainingExport.ts): who trained, with hints or in a test. */
  trainee: z.strictObject({ name: z.string().trim().min(1).max(maxTraineeNameChars), mode: z.enum(['coached', 'test']) }).optional(),
  seed: SeedText,
  record: RecordSchema,
  score: ScoreSchema,
  summary: SummarySchema,
}).refine((r) => r.record.scenarioId === r.scenarioId && r.record.seed === r.seed, { message: 'the record is of another scenario or seed', path: ['record'] });

type Parsed = z.infer<typeof RehearsalSchema>;

/** A kept rehearsal: its record (orders only: a replay makes the events again) and its score, as the core typed them. */
export type Rehearsal = Omit<Parsed, 'record' | 'score'> & {
  record: Omit<DrillRecord, 'orders'> & { orders: RecordedOrder[] };
  score: DrillScore;
};
export type RehearsalSummary = Rehearsal['summary'];

/** What kind of problem an entry or file has, for words in the reader's language. */
export type EntryProblemKind = 'fileTooLarge' | 'notJson' | 'notAnExport' | 'version' | 'noList' | 'entryTooLarge' | 'sameIdInFile' | 'alreadyKept' | 'notRescored' | 'doesNotFit';

/**
 * Where one entry does not fit, and why: `entry` names it by its place (a key, a position in a file) and its id;
 * `kind` says what is wrong, `problem` the particulars in English (for logs and the CLI).
 */
export interface EntryProblem { entry: string; field: string; kind: EntryProblemKind; problem: string }

function entryName(value: unknown, place: string): string {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' && id !== place ? `${place} (${id})` : place;
}

/** The entry checked against the schema, or the first few problems with it, each naming the entry and the field. */
export function checkRehearsal(value: unknown, place: string): { ok: true; rehearsal: Rehearsal } | { ok: false; problems: EntryProblem[] } {
  const parsed = RehearsalSchema.safeParse(value);
  if (parsed.success) return { ok: true, rehearsal: parsed.data as Rehearsal };
  const entry = entryName(value, place);
  return { ok: false, problems: parsed.error.issues.slice(0, 5).map((i) => ({ entry, field: i.path.join('.') || '(entry)', kind: 'doesNotFit' as const, problem: i.message })) };
}
