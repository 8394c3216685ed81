// One drill as content: title, briefing, map and roster, start, weather, time, incidents, injects, rubric.
import { z } from 'zod';
import { CountyForce, Id, NonEmptyText, SeedText } from './vocabulary.ts';
import { IncidentSchema } from './incidentSchema.ts';
import { TrainingSchema } from '../training/trainingSchema.ts';
import { placeNameProblems } from './placeNames.ts';

// A micro-drill in scenarios/training/ reaches the township's map and roster one folder up (`../maps/…`); nothing
// may climb further or go down and back.
const RelativeJsonPath = (ext: string) =>
  z.string().regex(new RegExp(`^[a-zA-Z0-9_\\-/.]+\\.${ext}$`), { error: `must be a path to a .${ext} file, relative to the scenario file` })
    .refine((p) => !p.startsWith('/') && !p.replace(/^\.\.\//, '').split('/').includes('..'), { error: 'must not leave the scenarios folder (at most one leading "../")' });

export const WeatherSchema = z.strictObject({
  temperatureC: z.number().min(-50).max(55),
  humidityPct: z.number().min(0).max(100),
  windMs: z.number().min(0).max(60),
  /** Where the wind blows from, in degrees clockwise from north (meteorological convention). */
  windFromDeg: z.number().min(0).lt(360),
  rainMmH: z.number().min(0).max(300),
});
export type Weather = z.infer<typeof WeatherSchema>;

export const InjectSchema = z.strictObject({
  id: Id,
  atS: z.int().min(0),
  /** The team that receives the message: `command-post`, a station, a village or a facility. */
  to: Id,
  /** The incident the message is about, if any: the receiving team then knows of it. */
  incident: Id.optional(),
  /** The texts may name the incident's place as `{place}` (its name) or `{place:鹰嘴弯}` (as written, until a drill
   *  built from a ledger item moves the incident: then its new place's name); see placeInText.ts. */
  messageZh: NonEmptyText,
  messageEn: NonEmptyText,
  expectedActionZh: NonEmptyText,
  expectedActionEn: NonEmptyText,
});
export type Inject = z.infer<typeof InjectSchema>;

export const CountySupportSchema = z.strictObject({
  force: CountyForce,
  /** From the request to the force entering the map at its county entry. */
  delayS: z.int().min(0).max(24 * 3600),
});

export const EvacuationSchema = z.strictObject({
  /** Share of the able-bodied residents who leave on their own each minute once told to go. */
  selfSharePerMin: z.number().min(0).max(1).default(0.02),
  /** People one responder on scene (cadre, militia, volunteer, police …) moves each minute; the vulnerable only move this way. */
  movedPerResponderPerMin: z.number().min(0).max(100).default(0.5),
});

/** How long a message takes by each channel: a phone call, a radio call (a delay drawn between the two bounds, as
 *  the channel is busy), a written report (delivered as filed). */
export const CommunicationSchema = z.strictObject({
  phoneDelayS: z.int().min(0).max(3600).default(60),
  radioMinDelayS: z.int().min(0).max(3600).default(0),
  radioMaxDelayS: z.int().min(0).max(3600).default(120),
}).refine((c) => c.radioMinDelayS <= c.radioMaxDelayS, { error: 'radioMinDelayS must not exceed radioMaxDelayS', path: ['radioMaxDelayS'] });
export type Communication = z.infer<typeof CommunicationSchema>;
/** The most incidents and injects one drill may hold. */
export const maxIncidents = 24;
export const maxInjects = 500;

const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  id: Id,
  titleZh: NonEmptyText,
  titleEn: NonEmptyText,
  briefingZh: NonEmptyText,
  briefingEn: NonEmptyText,
  map: RelativeJsonPath('tmj'),
  roster: RelativeJsonPath('json'),
  /** The score sheet to judge the drill with; rubrics/default.json when absent. */
  rubric: RelativeJsonPath('json').optional(),
  /** Local time in the township (Beijing time) when the drill's clock starts, e.g. `2026-07-15T14:00`. */
  start: z.string().regex(localDateTime, { error: 'must be a local date and time like 2026-07-15T14:00' }),
  durationS: z.int().min(60).max(72 * 3600),
  seed: z.union([SeedText, z.int()]),
  /** Reporting deadlines are divided by this so a one-hour deadline fits a shorter tabletop session. */
  timeCompression: z.number().min(1).max(60).default(1),
  weather: WeatherSchema,
  evacuation: EvacuationSchema.default({ selfSharePerMin: 0.02, movedPerResponderPerMin: 0.5 }),
  countySupport: z.array(CountySupportSchema).default([]),
  communication: CommunicationSchema.prefault({}),
  /** Bounded so that a drill runs in time: 400 incidents took 108 s of computing for a two-hour drill. */
  incidents: z.array(IncidentSchema).max(maxIncidents, { error: `at most ${maxIncidents} incidents in one drill` }).default([]),
  injects: z.array(InjectSchema).max(maxInjects, { error: `at most ${maxInjects} injects in one drill` }).default([]),
  /** Present on a micro-drill for self-training (scenarios/training/): the role it trains. */
  training: TrainingSchema.optional(),
}).superRefine((scenario, ctx) => {
  // An incident's title and an inject's texts may name the incident's place as {place} or {place:as written}
  // (placeInText.ts); nothing else in braces.
  for (const { path, message } of placeNameProblems(scenario)) ctx.addIssue({ code: 'custom', path, message });
});
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
