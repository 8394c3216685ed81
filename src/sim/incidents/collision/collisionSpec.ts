// A road crash with many casualties (撞): what a scenario says about it. Every number has a documented default.
import { z } from 'zod';
import { incidentBaseShape } from '../../scenario/incidentBase.ts';
import { Id, RoadClass } from '../../scenario/vocabulary.ts';
import { CrashVehicle } from './crashVehicles.ts';

/** Traffic past an unsecured scene: the chance of a second crash into it, and what that crash brings. */
const SecondCollision = z.strictObject({
  /** Rate of a second crash per hour while the scene is unsecured on a fast road (0 turns it off). */
  ratePerHour: z.number().min(0).max(60).default(1),
  /** Road classes fast enough for a second crash (the S215 and county roads, not village lanes). */
  fastRoadClasses: z.array(RoadClass).default(['provincial', 'county']),
  /** The vehicle that runs into the scene. */
  vehicle: CrashVehicle.default({ kind: 'car', occupantCount: 3 }),
  /** Chance that each responder standing at the scene is hit too. */
  responderHitProbability: z.number().min(0).max(1).default(0.05),
  /** Direct loss the second crash adds (vehicles, road furniture), ¥. */
  lossYuan: z.number().min(0).max(1e9).default(150_000),
});

/** How casualties worsen and how fast responders on scene triage, treat and free them. */
const Care = z.strictObject({
  /** Mean time for an untreated red casualty to die (the "golden hour", hazard-models §4.3). */
  redToBlackMeanS: z.int().min(60).max(86_400).default(3600),
  /** Mean time for an untreated yellow casualty to turn red: SALT's delayed "may wait ≈ 1 h" (hazard-models §4.2)
   *  read as 78 % still stable after an hour, i.e. a 4 h mean. */
  yellowToRedMeanS: z.int().min(60).max(86_400).default(14_400),
  /** Hazard multiplier for casualties attended on scene or in an ambulance (0 stops deterioration, 1 does nothing). */
  attendedCareFactor: z.number().min(0).max(1).default(0.5),
  /** Hazard multiplier for red casualties stabilised at the township clinic (it cannot operate; the county can). */
  clinicRedCareFactor: z.number().min(0).max(1).default(0.1),
  /** START takes 30–60 s a casualty (hazard-models §4.1): seconds for one medic to triage one casualty. */
  triageSPerPatientPerMedic: z.int().min(5).max(600).default(45),
  /** Medics needed to attend one red casualty on scene. */
  medicsPerRedPatient: z.int().min(1).max(10).default(2),
  /** Work for one rescue crew to free one trapped casualty, s. */
  extricationS: z.int().min(60).max(14_400).default(1200),
});

/** What vehicles carry away from the scene. */
const Transport = z.strictObject({
  /** Casualties an ambulance (a unit with `medical` and `transport`) takes per trip: one stretcher by default. */
  ambulancePatientsPerTrip: z.int().min(1).max(6).default(1),
  /** Time to hand casualties over at the clinic or hospital before the ambulance turns back, s. */
  handoverS: z.int().min(0).max(7200).default(300),
  /** Walking casualties (green) another `transport` unit takes per trip, by its roster vehicle. */
  walkerSeatsByVehicle: z.record(z.string(), z.int().min(0).max(80)).default({ bus: 30, pickup: 4, truck: 2, commandVehicle: 3 }),
  /** Walking casualties per trip for a vehicle not listed above. */
  otherWalkerSeats: z.int().min(0).max(80).default(2),
});

export const CollisionSpec = z.strictObject({
  factor: z.literal('collision'),
  ...incidentBaseShape,
  /** The vehicles in the crash and who was aboard. */
  vehicles: z.array(CrashVehicle).min(1).max(12),
  /** The road the crash blocks; the nearest road to the site when absent. Closing it secures the scene. */
  road: Id.optional(),
  secondCollision: SecondCollision.prefault({}),
  care: Care.prefault({}),
  transport: Transport.prefault({}),
  /** The township clinic (卫生院): the map's first clinic station unless named; beds for stretcher casualties,
   *  of which so many can take a red casualty to stabilise. Walking casualties need no bed. */
  clinic: z.strictObject({
    station: Id.optional(),
    bedCount: z.int().min(0).max(500).default(8),
    redSlotCount: z.int().min(0).max(100).default(2),
  }).prefault({}),
  /** The county hospital, off the map beyond a county entry (the nearest unless named), with definitive care. */
  countyHospital: z.strictObject({
    entry: Id.optional(),
    beyondEntryS: z.int().min(0).max(14_400).default(1500),
  }).prefault({}),
});
export type CollisionSpec = z.infer<typeof CollisionSpec>;
