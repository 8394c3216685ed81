// A collapse with people trapped (塌): what a scenario says about it. Every rate and amount of work has a default.
import { z } from 'zod';
import { incidentBaseShape } from '../../scenario/incidentBase.ts';
import { Capability } from '../../scenario/vocabulary.ts';
import { CollapseKind, Depth } from './collapseKinds.ts';

const perDepth = (value: z.ZodNumber) => z.strictObject({ surface: value, void: value, deep: value });
/** Work one crew member adds per minute, in crew-minutes, by capability; a unit works at its best capability's rate. */
const CrewRates = z.partialRecord(Capability, z.number().min(0).max(100));
const TrappedRange = z.strictObject({ min: z.int().min(0).max(500), max: z.int().min(0).max(500) })
  .refine((r) => r.min <= r.max, { error: 'min must not be more than max' });

export const CollapseSpec = z.strictObject({
  factor: z.literal('collapse'),
  ...incidentBaseShape,
  kind: CollapseKind,
  /** How many people are trapped: a number, or `{ min, max }` from which the seed draws a whole number. */
  trappedCount: z.union([z.int().min(0).max(500), TrappedRange]),
  /** Shares of the trapped at each depth; defaults to the kind's usual shares (collapseKinds.ts). Need not add up to 1. */
  depthShares: perDepth(z.number().min(0).max(1000)).refine((s) => s.surface + s.void + s.deep > 0, { error: 'at least one share must be above 0' }).optional(),
  /**
   * How much faster than in the Tangshan table a person dies at each depth (proportional hazards, models/burialSurvival.ts):
   * void is the table itself; 20 for deep puts survival at 50 % near 4 h (Noji; Coburn et al.).
   */
  survivalHazardMultiplier: perDepth(z.number().min(0).max(1000)).default({ surface: 0.5, void: 1, deep: 20 }),
  /** Survival multiplied by this when freed with no medical unit on scene (crush syndrome, bleeding). */
  untreatedSurvivalFactor: perDepth(z.number().min(0).max(1)).default({ surface: 1, void: 0.95, deep: 0.8 }),
  /** Share of those freed alive who are seriously injured (重伤, which grades the accident). */
  seriousInjuryShare: perDepth(z.number().min(0).max(1)).default({ surface: 0.2, void: 0.6, deep: 1 }),
  /** Crew-minutes of search to locate one person, and of work to free one once located, by depth. */
  searchCrewMin: perDepth(z.number().min(0).max(100_000)).default({ surface: 0, void: 20, deep: 45 }),
  extricateCrewMin: perDepth(z.number().min(0).max(100_000)).default({ surface: 30, void: 150, deep: 480 }),
  /** At most this many crew-minutes per minute reach one trapped person: the room around them limits the crews. */
  victimAccessCrew: z.number().positive().max(1000).default(8),
  /** Work rates by task. Only units with heavyLifting free deep people; a heavy machine's crew does several people's work. */
  crewRates: z.strictObject({
    search: CrewRates.default({ search: 1 }),
    extricate: CrewRates.default({ heavyLifting: 4, search: 1, fire: 1 }),
    shore: CrewRates.default({ heavyLifting: 2, fire: 1, search: 1 }),
  }).prefault({}),
  /** Crew-minutes to shore the worksite (struts, cribbing) once `shore` is ordered; lost again in a secondary collapse. */
  shoreCrewMin: z.number().min(0).max(100_000).default(180),
  /** Chance rate of a secondary collapse while rescuers work in the rubble, and what it does to them. */
  secondaryCollapse: z.strictObject({
    /** Before the site is secured (nobody has assessed it, cut the power or kept the crowd out). */
    unsecuredRatePerHour: z.number().min(0).max(100).default(0.6),
    /** Secured but not shored. */
    securedRatePerHour: z.number().min(0).max(100).default(0.4),
    shoredRatePerHour: z.number().min(0).max(100).default(0),
    /** Chance that each rescuer working in the rubble is trapped, and how deep. */
    rescuerTrapProbability: z.number().min(0).max(1).default(0.15),
    trappedDepth: Depth.default('void'),
  }).prefault({}),
  /** Direct loss (GB 6721: the costs of casualties) per dead, seriously injured and other injured person; a death's default is about the statutory one-off work-death grant. */
  lossYuan: z.strictObject({
    perDead: z.number().min(0).max(1e9).default(1_000_000),
    perSeriousInjured: z.number().min(0).max(1e9).default(200_000),
    perInjured: z.number().min(0).max(1e9).default(20_000),
  }).prefault({}),
});
export type CollapseSpec = z.infer<typeof CollapseSpec>;
