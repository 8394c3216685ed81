// A crowd that may crush (挤): what a scenario says about it — the site plan, who comes and how fast, how people
// walk, and the density thresholds of hazard-models.md §7.4.
import { z } from 'zod';
import { incidentBaseShape } from '../../scenario/incidentBase.ts';
import { Id } from '../../scenario/vocabulary.ts';
import { CrowdSite } from './crowdSite.ts';

export const CrowdSpec = z.strictObject({
  factor: z.literal('crowd'),
  ...incidentBaseShape,
  /** The local plan the crowd moves on (embedded, so a drill loads from its scenario file alone). */
  site: CrowdSite,
  /** People already on the site at the start; when left out, the occupants of the facility at `at`. */
  initialCount: z.int().min(0).max(10_000).optional(),
  /** Each gate's rate is multiplied by the factor of the period the incident is in (untilS from its start, rising); after the last period nobody more comes. */
  arrivalProfile: z.array(z.strictObject({ untilS: z.int().min(1).max(86_400), factor: z.number().min(0).max(20) })).min(1).max(48)
    .refine((p) => p.every((q, i) => i === 0 || q.untilS > p[i - 1]!.untilS), { error: 'untilS must rise from one period to the next' })
    .default([{ untilS: 3600, factor: 1 }]),
  /** At most this many people on the plan at once; more wait outside the gates. */
  maxAgents: z.int().min(10).max(10_000).default(5000),
  /** Free walking speed: Weidmann (1993) 1.34 m/s, spread 0.26 m/s (Helbing & Molnár 1995); an eager crowd 1.5 (HFV 2000). */
  desiredSpeedMs: z.strictObject({ mean: z.number().min(0.3).max(5), sd: z.number().min(0).max(1) }).default({ mean: 1.34, sd: 0.26 }),
  /**
   * Body radius drawn uniformly in [min, max]. HFV (2000) draw 0.25–0.35 m (shoulder width), but discs that wide
   * cannot pack past ~4 p/m², while real crushes reach 6–9 p/m² (Fruin 1993; §7.4); discs of a body's plan area
   * (0.1–0.17 m², Fruin's body ellipse without clothing and sway) have r ≈ 0.18–0.23 m and pack to 5.5–8 p/m².
   */
  bodyRadiusM: z.strictObject({ min: z.number().min(0.15).max(0.35), max: z.number().min(0.15).max(0.35) })
    .refine((r) => r.min <= r.max, { error: 'min must not exceed max' }).default({ min: 0.18, max: 0.23 }),
  /** Social-force sub-step: HFV use 0.01 s; the mass-scaled step is stable to 0.1 s, but slows jams as it grows (0.05 s: −15 %). */
  stepS: z.number().min(0.01).max(0.1).default(0.05),
  /** §7.4: under 2 p/m² normal; 2–4 congested (dense); 4–5 critical; over 5 in a moving crowd, crush risk. */
  densityPerM2: z.strictObject({ dense: z.number().positive().max(10), critical: z.number().positive().max(10), crush: z.number().positive().max(12) })
    .refine((d) => d.dense < d.critical && d.critical <= d.crush, { error: 'must rise: dense < critical ≤ crush' })
    .default({ dense: 2, critical: 4, crush: 5 }),
  /**
   * Held above the crush density this long, a person may fall (at fallsPerMin); fallen and still compressed, they die
   * of compressive asphyxia after asphyxiaMeanS on average (§7.4 names the process; the rates are design values).
   */
  crush: z.strictObject({ onsetS: z.int().min(0).max(3600), fallsPerMin: z.number().min(0).max(60), asphyxiaMeanS: z.number().min(10).max(7200) })
    .default({ onsetS: 30, fallsPerMin: 0.05, asphyxiaMeanS: 600 }),
  /** Deaths per hour among the injured carried out of the crowd while no medical unit is on scene. */
  untreatedDeathsPerHour: z.number().min(0).max(10).default(0.2),
  /** How long people stay beyond the bottleneck (burning incense in the hall) before coming back out through it. */
  bottleneckDwellS: z.int().min(0).max(86_400).default(600),
  /** A broadcast holds back a share of the people on their way, and turns a share of the crowd toward the ways out. */
  broadcast: z.strictObject({ arrivalFactor: z.number().min(0).max(1), leaveShare: z.number().min(0).max(1) }).default({ arrivalFactor: 0.5, leaveShare: 0.3 }),
  /** Deployed stewards calm this many people each: they walk at the speed the crowd allows (Weidmann) instead of pushing. */
  peoplePerSteward: z.number().min(0).max(1000).default(30),
  /** Roads leading to the site: while one is closed, arrivals are multiplied by closedRoadArrivalFactor. */
  approachRoads: z.array(Id).max(10).default([]),
  closedRoadArrivalFactor: z.number().min(0).max(1).default(0.3),
  /** The crowd is back to normal when nobody more comes and the peak density stays under `dense` this long. */
  clearHoldS: z.int().min(0).max(3600).default(120),
});
export type CrowdSpec = z.infer<typeof CrowdSpec>;
