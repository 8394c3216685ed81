// What a scenario says about a building fire (kind `building`): its growth, the room that decides flashover, the
// people inside, how water knocks it down, and the houses next door. Every number has a documented default.
import { z } from 'zod';

export const BuildingSpec = z.strictObject({
  /** t² growth class of the fuel (NFPA 72 / SFPE): dwellings and wards medium, upholstered furniture fast, stacked goods ultrafast. */
  growth: z.enum(['slow', 'medium', 'fast', 'ultrafast']).default('medium'),
  /** People inside when it starts; defaults to the facility's occupants (0 at a point that is not a facility). */
  occupants: z.int().min(0).max(100_000).optional(),
  /** The room of origin: inner surface and opening, for flashover (Thomas) and the ventilation-limited peak (Kawagoe). Default: a 4 × 5 × 3 m room with a 0.9 × 2.1 m door. */
  room: z.strictObject({
    surfaceAreaM2: z.number().positive().max(100_000),
    openingAreaM2: z.number().positive().max(10_000),
    openingHeightM: z.number().positive().max(100),
  }).default({ surfaceAreaM2: 94, openingAreaM2: 1.89, openingHeightM: 2.1 }),
  /**
   * Heat release of the fully developed fire (kW); defaults to the room's ventilation limit (Kawagoe). Set it for a
   * fire through the whole building, e.g. a GB 51251 Table 4.6.7 design fire (6 MW an office without sprinklers).
   */
  peakHrrKw: z.number().positive().max(1e6).optional(),
  /** A fully developed building burns this long before it dies down by itself. */
  burnoutS: z.int().min(60).max(86_400).default(3600),
  /** Occupants who get out per minute on their own and with the staff once flames show, and per responder on scene after `evacuateBuilding`. */
  selfEscapePerMin: z.number().min(0).max(1000).default(2),
  escapePerResponderPerMin: z.number().min(0).max(100).default(0.5),
  /** Those still inside at flashover: the share who die, and the share of survivors seriously hurt (all survivors are hurt). */
  trappedHarm: z.strictObject({
    deathShare: z.number().min(0).max(1).default(0.6),
    seriousShareOfSurvivors: z.number().min(0).max(1).default(0.7),
  }).prefault({}),
  /** Share of the water applied that boils off in the fire (η), and the flow of a fire crew without a water vehicle per member (extinguishers, hose reels), L/s. */
  waterEfficiency: z.number().min(0.01).max(1).default(0.3),
  handFlowLsPerCrewMember: z.number().min(0).max(10).default(0.1),
  /** Below this heat release the fire is out; with enough water on it the heat release halves every `knockdownHalfLifeS`. */
  outHrrKw: z.number().positive().max(10_000).default(20),
  knockdownHalfLifeS: z.int().min(1).max(3600).default(60),
  /** Adjoining buildings (a dense village's houses): 0 for a detached building. */
  neighbours: z.strictObject({
    count: z.int().min(0).max(100).default(0),
    /** Chance rate per hour that a fully developed fire spreads to the next building. */
    spreadRatePerHour: z.number().min(0).max(100).default(1.5),
    /** Residents of each (exposed as their village's share still at home), and the harm to those exposed. */
    residentsEach: z.int().min(0).max(1000).default(3),
    deathShare: z.number().min(0).max(1).default(0.05),
    injuryShare: z.number().min(0).max(1).default(0.25),
    /** Crew-minutes of work on `cutFirebreak` (pull down a shed, wet the walls) to stop the spread. */
    firebreakCrewMin: z.number().min(0).max(100_000).default(120),
  }).prefault({}),
  /** Direct loss: the room of origin, the whole building once it flashes over, and each neighbour that catches. */
  lossYuan: z.strictObject({
    room: z.number().min(0).max(1e10).default(50_000),
    building: z.number().min(0).max(1e10).default(3_000_000),
    neighbour: z.number().min(0).max(1e10).default(300_000),
  }).prefault({}),
});
export type BuildingSpec = z.infer<typeof BuildingSpec>;
