// One group of people at risk in a heat wave (暑) — outdoor workers, students in training, elderly people living
// alone — at one place: what a scenario says about it. A drill gives each group its own incident.
import { z } from 'zod';
import { Id } from '../../scenario/vocabulary.ts';
import { incidentBaseShape } from '../../scenario/incidentBase.ts';
import { HeatWaveSpec } from './heatWaveSpec.ts';

const HourSpan = z.tuple([z.number().min(0).max(24), z.number().min(0).max(24)])
  .refine(([from, to]) => from < to, { error: 'an hour span runs from an earlier to a later hour, e.g. [7, 12]' });

/** How heat illness starts, worsens and ends in the group; the defaults differ by group (see each kind). */
function illnessSchema(d: { atLimitPerHour: number; strokeShareOfOnset: number; toStrokeMeanS: number; strokeDeathMeanS: number; treatedStrokeFatality: number; findMeanS: number }) {
  return z.strictObject({
    /** New cases per person per hour at the WBGT limit of their work [assumption]; ×riskRatioPerC for each °C above. */
    atLimitPerHour: z.number().min(0).max(1).default(d.atLimitPerHour),
    /** Rise in risk per °C of WBGT (Garzon-Villalba et al. 2016: 1.40), and the WBGT below which nobody falls ill. */
    riskRatioPerC: z.number().min(1).max(3).default(1.4),
    onsetWbgtC: z.number().min(10).max(35).default(20),
    /** Risk ratio on days of a run of ≥ 2 days with a maximum ≥ 35 °C (Shire et al. 2020: 1.54). */
    heatEventRiskRatio: z.number().min(1).max(5).default(1.54),
    /** Share of new cases that start as heatstroke (热射病) rather than heat exhaustion (先兆/轻症中暑). */
    strokeShareOfOnset: z.number().min(0).max(1).default(d.strokeShareOfOnset),
    /** Mean time until a case nobody has found, still in the heat, becomes heatstroke. */
    toStrokeMeanS: z.int().min(60).max(7 * 86_400).default(d.toStrokeMeanS),
    /** Mean time until heatstroke kills when nobody cools the patient. */
    strokeDeathMeanS: z.int().min(60).max(7 * 86_400).default(d.strokeDeathMeanS),
    /** Share of heatstroke patients who die even when cooled on scene. */
    treatedStrokeFatality: z.number().min(0).max(1).default(d.treatedStrokeFatality),
    /** Mean time until someone notices a case (workmates, instructors, neighbours) without door-to-door checks. */
    findMeanS: z.int().min(10).max(7 * 86_400).default(d.findMeanS),
  });
}

/** Teams whose orders the group heeds besides the command post (the site itself and 住建 for a site; 中心校 for a school). */
const Authorities = z.array(Id).max(20).default([]);

const activeShape = (d: { metabolicW: number; acclimatisedShare: number; hours: [number, number][]; restRadiantExcessC: number; complianceShare: number }) => ({
  count: z.int().min(1).max(100_000),
  /** Time-weighted metabolic rate while active, W (NIOSH: moderate 300, heavy 415), and the share acclimatised to heat. */
  metabolicW: z.number().min(100).max(700).default(d.metabolicW),
  acclimatisedShare: z.number().min(0).max(1).default(d.acclimatisedShare),
  /** Local hours when the group is active outdoors unless told to stop. */
  activeHours: z.array(HourSpan).max(6).default(d.hours),
  /** When resting (dormitory, classroom): how far the room's globe reads above the air, °C. */
  restRadiantExcessC: z.number().min(0).max(15).default(d.restRadiantExcessC),
  /** Share of the group that actually stops when told to. */
  complianceShare: z.number().min(0).max(1).default(d.complianceShare),
  authorities: Authorities,
});

/**
 * Construction or field workers. Defaults: heavy work (NIOSH 415 W), half acclimatised, on site 07–12 and 13–18
 * (a site that ignores the hottest hours), 90 % obey a stop. Illness [assumptions, calibrated so that a 39 °C
 * afternoon without measures brings a few cases per hundred workers]: 0.03 %/h at the limit, 10 % start as
 * heatstroke, exhaustion left in the heat turns to heatstroke in about an hour, workmates notice in about 15 min,
 * uncooled heatstroke kills in about 2 h, 3 % die even when cooled ("cool first, transport second").
 */
const OutdoorWorkers = z.strictObject({
  kind: z.literal('outdoorWorkers'),
  ...activeShape({ metabolicW: 415, acclimatisedShare: 0.5, hours: [[7, 12], [13, 18]], restRadiantExcessC: 3, complianceShare: 0.9 }),
  /** On 35–37 °C days the rule asks for shift rotation: the share of scheduled time each worker still spends outdoors. */
  rotationWorkShare: z.number().min(0).max(1).default(0.75),
  illness: illnessSchema({ atLimitPerHour: 0.0003, strokeShareOfOnset: 0.1, toStrokeMeanS: 3600, strokeDeathMeanS: 7200, treatedStrokeFatality: 0.03, findMeanS: 900 }).prefault({}),
});

/**
 * Students in military training (军训). Defaults: moderate work (300 W), none acclimatised (back from the summer
 * holiday), drilling 08–11:30 and 14:30–17:30, all obey a suspension. Illness [assumptions]: 0.02 %/h at the limit,
 * 5 % start as heatstroke, instructors notice in about 5 min, 2 % die even when cooled.
 */
const Students = z.strictObject({
  kind: z.literal('students'),
  ...activeShape({ metabolicW: 300, acclimatisedShare: 0, hours: [[8, 11.5], [14.5, 17.5]], restRadiantExcessC: 1, complianceShare: 1 }),
  illness: illnessSchema({ atLimitPerHour: 0.0002, strokeShareOfOnset: 0.05, toStrokeMeanS: 3600, strokeDeathMeanS: 7200, treatedStrokeFatality: 0.02, findMeanS: 300 }).prefault({}),
});

/**
 * Elderly people living alone (独居老人), at rest in their houses; classic heatstroke develops slowly and unseen.
 * Defaults [assumptions]: limit 4 °C under the NIOSH RAL for rest, houses 3 °C hotter in radiation than the air;
 * 0.05 %/h at that limit, exhaustion turns to heatstroke in about 4 h, a neighbour notices in about 6 h, uncooled
 * heatstroke kills in about 3 h, 10 % die even when cooled; a visit leaves 40 % of the risk, a warning 80 %.
 */
const ElderlyAlone = z.strictObject({
  kind: z.literal('elderlyAlone'),
  /** People at risk; by default the village's `elderlyAlone` on the map (the incident must be at the village). */
  count: z.int().min(1).max(100_000).optional(),
  /** Resting metabolic rate, W, and how far below the NIOSH RAL for it the frail elderly's limit lies [assumption]. */
  metabolicW: z.number().min(80).max(200).default(115),
  vulnerabilityOffsetC: z.number().min(0).max(10).default(4),
  /** Old houses with hot roofs: how far the room's globe reads above the air, °C. */
  houseRadiantExcessC: z.number().min(0).max(15).default(3),
  /**
   * Door-to-door checks (入户走访): visits per checker per hour in the first round through the village, how often a
   * person is visited again after it (at most), and the risk left after a visit (water, a fan, advice, a neighbour on call).
   */
  checks: z.strictObject({
    visitsPerCheckerPerHour: z.number().min(0).max(30).default(3),
    maxRevisitsPerPersonPerHour: z.number().min(0).max(10).default(0.5),
    checkedRiskFactor: z.number().min(0).max(1).default(0.4),
  }).prefault({}),
  /** Risk left when the village has been warned (yellow or higher). */
  warnedRiskFactor: z.number().min(0).max(1).default(0.8),
  illness: illnessSchema({ atLimitPerHour: 0.0005, strokeShareOfOnset: 0.1, toStrokeMeanS: 4 * 3600, strokeDeathMeanS: 3 * 3600, treatedStrokeFatality: 0.1, findMeanS: 6 * 3600 }).prefault({}),
});

export const HeatGroupSpec = z.discriminatedUnion('kind', [OutdoorWorkers, Students, ElderlyAlone]);
export type HeatGroupSpec = z.infer<typeof HeatGroupSpec>;

export const HeatSpec = z.strictObject({
  factor: z.literal('heat'),
  ...incidentBaseShape,
  heatWave: HeatWaveSpec,
  group: HeatGroupSpec,
  /** A cooling point (纳凉点) staffed by a cooling unit: the WBGT inside, and the share of resting (or, for the elderly, visited) people who use it. */
  coolingPoint: z.strictObject({
    wbgtC: z.number().min(10).max(35).default(24),
    uptakeShare: z.number().min(0).max(1).default(0.6),
  }).prefault({}),
  /** On-scene cooling of heatstroke ("cool first, transport second"): time per patient and crew per patient. */
  treatment: z.strictObject({
    coolingPerCaseS: z.int().min(60).max(7200).default(1800),
    crewPerCase: z.int().min(1).max(10).default(2),
  }).prefault({}),
});
export type HeatSpec = z.infer<typeof HeatSpec>;
