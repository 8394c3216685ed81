// A score sheet (评分表) as content: capabilities with weighted items computed from the drill record, P/S/M/U
// thresholds, veto gates (一票否决) and the conclusion bands. The default follows AQ/T 9009 and GB/T 46792.
import { z } from 'zod';
import { Id, NonEmptyText } from '../scenario/vocabulary.ts';
import { DutySchema, RuleId } from './dutySchema.ts';
import { ExpectationsSchema } from './expectationsSchema.ts';
import { measureIds, roleMeasureIds, softenableVetoIds, vetoIds } from './measureIds.ts';

const Share = z.number().min(0).max(1);

export const RubricItemSchema = z.strictObject({
  id: Id,
  nameZh: NonEmptyText,
  nameEn: NonEmptyText,
  /** What is measured (see src/sim/scoring/measures.ts); each gives 0–1 of the item's points. */
  measure: z.enum(measureIds),
  points: z.number().positive().max(100),
  /** For `roleDuty`: what the trained role must do, in time, and the rule it trains. */
  duty: DutySchema.optional(),
  rule: RuleId.optional(),
}).refine((item) => (item.measure === 'roleDuty') === (item.duty !== undefined && item.rule !== undefined), { error: 'a roleDuty item names its duty and rule; no other item does', path: ['duty'] });
export type RubricItem = z.infer<typeof RubricItemSchema>;

export const CapabilitySchema = z.strictObject({
  id: Id,
  nameZh: NonEmptyText,
  nameEn: NonEmptyText,
  items: z.array(RubricItemSchema).min(1),
});

export const RubricSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  id: Id,
  titleZh: NonEmptyText,
  titleEn: NonEmptyText,
  /** `role`: a micro-drill's score sheet, judging only the trained team — its duties, its own reports, and the vetoes
   *  that are its own to answer for — never another team's duty. */
  scope: z.enum(['township', 'role']).default('township'),
  capabilities: z.array(CapabilitySchema).min(1),
  /** A capability scoring at least this share of its points is rated P, S or M; below M it is U (HSEEP). */
  psmu: z.strictObject({ P: Share, S: Share, M: Share }).refine((t) => t.P > t.S && t.S > t.M, { error: 'P > S > M' }),
  /** Any of these that trips fails the drill whatever its points (unless softened by `caps`). */
  vetoes: z.array(z.enum(vetoIds)).default([]),
  /** A rubric may soften 迟报 or 漏报 from a veto to a cap on the conclusion: at most this band when it trips. */
  caps: z.partialRecord(z.enum(softenableVetoIds), z.enum(['good', 'pass'])).default({}),
  /** What a scenario with injects but no incident expects of the response (it is judged on these instead). */
  expectations: ExpectationsSchema.optional(),
  /** Conclusion bands on the 100-point total: 优秀, 良好, 合格; below 合格 is 不合格. */
  conclusions: z.strictObject({ excellent: z.number().max(100), good: z.number(), pass: z.number().min(0) })
    .refine((c) => c.excellent > c.good && c.good > c.pass, { error: 'excellent > good > pass' }),
  /** Standards the measures use. */
  standards: z.strictObject({
    /** The first report from the team that learns of an incident to the command post (有关人员立即报告). */
    reportToTownshipS: z.int().min(0).default(600),
    /** From the command post to the county: 1 hour by the regulation, divided by the scenario's time compression. */
    reportToCountyS: z.int().min(0).default(3600),
    /** From learning of an incident to the first order acting on it (先期处置). */
    firstActionS: z.int().min(0).default(600),
    /** From learning of an incident to the first unit on scene. */
    firstUnitOnSceneS: z.int().min(0).default(1800),
    /** Casualties a report may be off by before it counts as untrue (谎报): this many, or this share of the truth,
     *  whichever is more — but a report that gives fewer deaths than the reporter knew of is always untrue. */
    casualtyTolerance: z.int().min(0).default(1),
    casualtyToleranceShare: Share.default(0.1),
    /** A report's place is right when it names a map object (or the true place) within this distance of the incident. */
    placeToleranceM: z.number().min(0).default(500),
    /** A report's time of occurrence may be off by this much. */
    occurredAtToleranceS: z.int().min(0).default(900),
    /** A report's loss is right within this factor of the truth; losses both under `lossFloorYuan` always match. */
    lossFactor: z.number().min(1).default(3),
    lossFloorYuan: z.number().min(0).default(10_000),
    /** After casualties change, the county gets a follow-up (续报) within this (divided by the time compression). */
    followUpS: z.int().min(0).default(3600),
    /** County support requested within this long of the first report to the county, when an incident has casualties. */
    countySupportS: z.int().min(0).default(1800),
    /** The deaths veto for doing no better than nothing: dead at least this share of the no-response run's dead. */
    deathsAsNoResponseShare: Share.default(1),
  }),
  /** Over-reaction (proportion): each cost's weight, summing to at most 1, and the units sent beyond the
   *  reference plan's that are forgiven (as a share of the plan's). */
  proportion: z.strictObject({
    movedNotAtRisk: Share.default(0.3),
    warningAboveThreat: Share.default(0.2),
    unitsNeverWorked: Share.default(0.2),
    levelAboveGrade: Share.default(0.15),
    countyForNothing: Share.default(0.15),
    unitsSlackShare: z.number().min(0).default(0.5),
  }).prefault({}),
}).refine((r) => r.scope === 'role' || r.capabilities.every((c) => c.items.every((i) => i.measure !== 'roleDuty')), { error: 'roleDuty items belong in a rubric of scope "role"', path: ['scope'] })
  .refine((r) => r.scope === 'township' || r.capabilities.every((c) => c.items.every((i) => (roleMeasureIds as readonly string[]).includes(i.measure))),
    { error: `a rubric of scope "role" judges the trained team alone: its items may measure only ${roleMeasureIds.join(', ')}`, path: ['capabilities'] });
export type Rubric = z.infer<typeof RubricSchema>;
