// The township's doctrine as content: per team kind and factor, "on knowing X, after a delay drawn from [minS, maxS],
// give order Y", each rule citing the duty it follows; and, per scenario, the chance of a real township's mistakes.
import { z } from 'zod';
import { Capability, CountyForce, Factor, Id, NonEmptyText, ResponseLevel, StationKind, WarningColour } from '../scenario/vocabulary.ts';

/** Who a rule is for: the command post, a station of one kind, any village, any enterprise with units. */
export const teamKinds = ['commandPost', 'village', 'enterprise', ...(StationKind.options)] as const;
export const TeamKind = z.enum(teamKinds);
export type TeamKind = z.infer<typeof TeamKind>;

/** What the team must know, see or receive before the rule arms (once per incident, warning or forecast). */
export const TriggerSchema = z.discriminatedUnion('event', [
  /** An incident of the rule's factors the team knows of; `firstHand`: only when it saw it, or it is on its own
   *  ground, or the facilitator's inject told it (not when another team called or reported it). */
  z.strictObject({ event: z.literal('knows'), firstHand: z.boolean().default(false) }),
  /** A known incident whose phase, as the team knows it, is one of these. */
  z.strictObject({ event: z.literal('phase'), phases: z.array(z.string().regex(/^[a-zA-Z.]+$/)).min(1) }),
  /** A known incident with casualties (dead, injured or missing) as the team knows them. */
  z.strictObject({ event: z.literal('casualties') }),
  /** A warning the team (a village) received, of at least this colour; `move` excludes a shelter-in-place warning.
   *  A warning names no factor: the rule's `factors` do not apply. */
  z.strictObject({ event: z.literal('warned'), colourAtLeast: WarningColour, instruction: z.enum(['move', 'shelterInPlace']) }),
  /** A forecast the team received: an inject the scenario's doctrine reads as a warning of a factor to come. */
  z.strictObject({ event: z.literal('forecast') }),
  /** One of the team's own units, with one of these capabilities, is on the scene of a known incident. */
  z.strictObject({ event: z.literal('onScene'), capabilities: z.array(Capability).min(1) }),
  /** The team's own first report on a known incident was accepted. */
  z.strictObject({ event: z.literal('reported') }),
]);
export type Trigger = z.infer<typeof TriggerSchema>;

/** Who to call or whose units to send, as the team can name them from its own map and roster. */
const Recipient = z.union([z.enum(['commandPost', 'county', 'leads', 'villagesAtRisk']), StationKind]);

/** The order a rule gives, with parameters chosen from the team's view when it falls due. */
export const OrderTemplateSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('relayInformation'), to: z.array(Recipient).min(1), channel: z.enum(['phone', 'radio']) }),
  z.strictObject({ type: z.literal('fileReport'), kind: z.enum(['initial', 'followUp']) }),
  z.strictObject({ type: z.literal('dispatchUnit'),
    /** Units of these team kinds (default: the team's own); the command post may send anyone's. `nearestVillages`:
     *  the two villages nearest the incident; `helpingVillages`: the two nearest it that are not at risk themselves. */
    from: z.array(z.union([TeamKind, z.enum(['villagesAtRisk', 'nearestVillages', 'helpingVillages'])])).optional(),
    capabilities: z.array(Capability).min(1),
    /** At most this many units, the nearest first. */
    count: z.int().min(1).max(20),
    to: z.enum(['incident', 'villagesAtRisk', 'self']) }),
  z.strictObject({ type: z.literal('actOnIncident'), action: z.string().regex(/^[a-zA-Z]+$/).max(40) }),
  z.strictObject({ type: z.literal('issueWarning'), colour: WarningColour, to: z.enum(['villagesAtRisk', 'township']),
    instruction: z.literal('shelterInPlace').optional(), message: NonEmptyText }),
  z.strictObject({ type: z.literal('evacuate'), villages: z.enum(['self', 'villagesAtRisk']) }),
  z.strictObject({ type: z.literal('openShelter') }),
  z.strictObject({ type: z.literal('requestCountySupport'), force: CountyForce }),
  z.strictObject({ type: z.literal('setResponseLevel'), level: ResponseLevel }),
  z.strictObject({ type: z.literal('closeRoad'), withinM: z.number().positive().max(20_000) }),
]);
export type OrderTemplate = z.infer<typeof OrderTemplateSchema>;

export const mistakeKinds = ['lateReport', 'missingElement'] as const;
export const MistakeKind = z.enum(mistakeKinds);
export type MistakeKind = z.infer<typeof MistakeKind>;

const DelayS = z.strictObject({ minS: z.int().min(0).max(86_400), maxS: z.int().min(0).max(86_400) })
  .refine((d) => d.minS <= d.maxS, { error: 'minS must not exceed maxS', path: ['maxS'] });

export const DoctrineRuleSchema = z.strictObject({
  id: Id,
  teams: z.array(TeamKind).min(1),
  /** The factors the rule is for; every factor when absent. */
  factors: z.array(Factor).min(1).optional(),
  /** Only for an incident where these actions fit (as its card offers them) — a toxic release, a building fire … */
  fits: z.array(z.string().regex(/^[a-zA-Z]+$/)).min(1).optional(),
  /** Only for an incident on the team's own ground: the map object nearest it is the team's village or site, or
   *  where its units are based. */
  ownGround: z.boolean().default(false),
  /** Not for an incident where any of these fits. */
  fitsNot: z.array(z.string().regex(/^[a-zA-Z]+$/)).min(1).optional(),
  on: TriggerSchema,
  delayS: DelayS,
  /** Gives the order again this long after each time (follow-up reports); once when absent. */
  repeatEveryS: z.int().min(60).max(86_400).optional(),
  give: OrderTemplateSchema,
  /** The duty the rule follows: an id of the doctrine's `duties`. */
  duty: Id,
  /** The mistakes a real township may make here, each at the scenario's chance of it. */
  mistakes: z.array(MistakeKind).max(2).default([]),
});
export type DoctrineRule = z.infer<typeof DoctrineRuleSchema>;

export const DutySchema = z.strictObject({ id: Id, nameZh: NonEmptyText, nameEn: NonEmptyText, sourceZh: NonEmptyText, sourceEn: NonEmptyText });
export type Duty = z.infer<typeof DutySchema>;

/** How a team judges which villages an incident threatens: the township's plans for a factor, and distances. */
export const RiskJudgementSchema = z.strictObject({
  factor: Factor,
  fits: z.array(z.string().regex(/^[a-zA-Z]+$/)).min(1).optional(),
  /** Villages the township's contingency plan (预案) lists for the factor, whatever the incident. */
  planVillages: z.array(Id).default([]),
  /** Villages within this distance of the incident. */
  withinM: z.number().min(0).max(50_000).default(0),
  /** Villages downwind (within `downwindHalfAngleDeg` of where the wind blows to) up to this distance. */
  downwindM: z.number().min(0).max(50_000).default(0),
  downwindHalfAngleDeg: z.number().min(0).max(180).default(30),
});
export type RiskJudgement = z.infer<typeof RiskJudgementSchema>;

export const MistakesSchema = z.strictObject({
  /** The chance that a report or call marked `lateReport` goes out late, and by how much more. */
  lateReport: z.number().min(0).max(1).default(0),
  /** The chance that a report marked `missingElement` leaves one required element out. */
  missingElement: z.number().min(0).max(1).default(0),
});
export type Mistakes = z.infer<typeof MistakesSchema>;

export const DoctrineFile = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  id: Id,
  titleZh: NonEmptyText,
  titleEn: NonEmptyText,
  /** How often a doctrine team looks at what it knows. */
  lookEveryS: z.int().min(1).max(600).default(10),
  /** How much later a late report goes out (迟报). */
  lateByS: DelayS,
  duties: z.array(DutySchema).min(1),
  /** The lead teams per factor (管行业必须管安全), by station kind: who `leads` calls. */
  leads: z.array(z.strictObject({ factor: Factor, fits: z.array(z.string().regex(/^[a-zA-Z]+$/)).min(1).optional(), stations: z.array(StationKind).min(1) })).default([]),
  risk: z.array(RiskJudgementSchema).default([]),
  /** How long before a team knew of an incident the reporter estimates it began (a report's time of occurrence):
   *  `firstHandS` when the team saw it or was on its ground, `toldS` when another team told it. First match wins. */
  onsets: z.array(z.strictObject({ factor: Factor.optional(), fits: z.array(z.string().regex(/^[a-zA-Z]+$/)).min(1).optional(),
    firstHandS: z.int().min(0).max(86_400), toldS: z.int().min(0).max(86_400) })).default([]),
  /** The words of a doctrine report, in Chinese as filed: `{site}` the place it names, `{factor}` the factor's word,
   *  `{team}` the reporting team, `{units}` the units it has sent. */
  reportText: z.strictObject({
    factors: z.record(Factor, NonEmptyText),
    scene: NonEmptyText, course: NonEmptyText, measures: NonEmptyText, noMeasures: NonEmptyText, other: NonEmptyText,
    /** How a report names a team that is not on the map (the command post, the county). */
    teams: z.record(z.string(), NonEmptyText).optional(),
  }),
  rules: z.array(DoctrineRuleSchema).max(2000),
});
export type DoctrineFile = z.infer<typeof DoctrineFile>;

/** One scenario's doctrine settings: its mistakes (by the book when absent) and what its injects without incident mean. */
export const ScenarioDoctrineFile = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  scenario: Id,
  mistakes: MistakesSchema.prefault({}),
  /** Injects a team reads as a forecast of a factor (a county rainstorm warning …): the `forecast` trigger. */
  forecasts: z.array(z.strictObject({ inject: Id, factor: Factor })).default([]),
});
export type ScenarioDoctrineFile = z.infer<typeof ScenarioDoctrineFile>;

/** A township's doctrine with one scenario's settings: what the player runs. */
export interface Doctrine extends DoctrineFile {
  mistakes: Mistakes;
  forecasts: { inject: string; factor: Factor }[];
}
