// A role's duty as content: one thing the trained team must do, in time, for a role rubric's item (评分细则 of one
// role). Each duty names the rule it trains by code; the words of the rules are in src/i18n.
import { z } from 'zod';
import { Id, WarningColour } from '../scenario/vocabulary.ts';

/** The rules a duty can train: codes here, words in src/i18n/training. */
export const ruleIds = [
  'reportAtOnce', 'sixElements', 'callCommandPost', 'vulnerableFirst', 'doorToDoor', 'heatChecks', 'crowdStewarding',
  'warnEarly', 'evacuateBeforeImpact', 'shelterInPlace', 'leadUnitActs', 'gasNoSparks', 'crashSecureScene',
  'crashRedFirst', 'collapseSecureFirst', 'floodPatrolDike', 'foodSealAndTreat', 'heatWorkLimits', 'ownForcesFirst',
] as const;
export const RuleId = z.enum(ruleIds);
export type RuleId = z.infer<typeof RuleId>;

const Timing = {
  /** The incident the duty is about: its clock starts when the trained team learnt of it. Without, at the drill's start. */
  incident: Id.optional(),
  /** The inject whose delivery to the trained team starts the clock instead (the seepage it was shown, the call it took). */
  afterInject: Id.optional(),
  /** How long after that the duty is due. */
  withinS: z.int().min(0).max(72 * 3600),
};

export const DutySchema = z.discriminatedUnion('kind', [
  /** A report filed to the level above (快报); `complete`: with all six elements. */
  z.strictObject({ kind: z.literal('report'), ...Timing, complete: z.boolean().default(true) }),
  /** A phone or radio call to a team about the incident. */
  z.strictObject({ kind: z.literal('call'), ...Timing, incident: Id, to: Id }),
  /** One of these units sent to the incident (or to a place). */
  z.strictObject({ kind: z.literal('dispatch'), ...Timing, units: z.array(Id).min(1), place: Id.optional() }),
  /** An action carried out on the incident (关阀, 设置警戒, 入户排查 …). */
  z.strictObject({ kind: z.literal('action'), ...Timing, incident: Id, action: z.string().regex(/^[a-zA-Z]+$/).max(40) }),
  /** A warning to these villages at this colour or higher (with the shelter-in-place instruction when asked). */
  z.strictObject({ kind: z.literal('warn'), ...Timing, villages: z.array(Id).min(1), colourAtLeast: WarningColour, shelterInPlace: z.boolean().default(false) }),
  /** These villages told to move to a shelter. */
  z.strictObject({ kind: z.literal('evacuate'), ...Timing, villages: z.array(Id).min(1) }),
  /** A share of a village's people (or of its elderly living alone and children) moved out by the time due. */
  z.strictObject({ kind: z.literal('moved'), ...Timing, village: Id, vulnerable: z.boolean(), shareAtLeast: z.number().gt(0).max(1) }),
  /** A road closed (against a second crash, off a dike). */
  z.strictObject({ kind: z.literal('closeRoad'), ...Timing, road: Id }),
]);
export type Duty = z.infer<typeof DutySchema>;
