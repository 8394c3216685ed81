// What a scenario says about a grassland or forest fire (kind `wildland`): the day's grass, how each land cover
// burns, and how crews, firebreaks and people fare. Every number has a documented default.
import { z } from 'zod';
import { Terrain } from '../../scenario/vocabulary.ts';

/** Alexandridis et al. (2008) corrections of a land cover: p_veg (agricultural −0.3, thickets 0, pine +0.4) and p_den (sparse −0.4, normal 0, dense +0.3). */
const Fuel = z.strictObject({ pVeg: z.number().min(-1).max(2), pDen: z.number().min(-1).max(2).default(0) });

/** Shares of the people a fire reaches who die, who are seriously hurt (重伤) and who are otherwise hurt; each of those left. */
const Harm = z.strictObject({
  deathShare: z.number().min(0).max(1),
  seriousShare: z.number().min(0).max(1),
  injuryShare: z.number().min(0).max(1),
});

export const WildlandSpec = z.strictObject({
  /** The McArthur Mk5 grassland meter's fuel inputs (the weather comes from the scenario): curing (%) and grass fuel load (t/ha). */
  grass: z.strictObject({
    curingPct: z.number().min(1).max(100).default(90),
    fuelTha: z.number().min(0.1).max(50).default(4.5),
    /** Rain this heavy (mm/h) wets the fine fuel: the fire stops spreading and burns down. */
    wetRainMmH: z.number().min(0).max(500).default(1),
  }).prefault({}),
  /**
   * How each land cover burns; covers left out (water, bare, wetland by default) do not. The defaults are a North
   * China township in spring: cured grass as the paper's thickets; broadleaf hill forest before green-up, whose
   * damp litter carries a surface fire poorly (set pVeg 0.4 for pine stands); farmland of stubble and greening
   * wheat; built-up cells are the sheds, haystacks and yards around a village's houses.
   */
  fuels: z.partialRecord(Terrain, Fuel).default({
    grass: { pVeg: 0, pDen: 0 },
    forest: { pVeg: -0.3, pDen: -0.4 },
    farmland: { pVeg: -0.3, pDen: -0.6 },
    builtUp: { pVeg: -0.3, pDen: -0.4 },
  }),
  /** A village or facility is threatened once the fire burns this close to one of its cells. */
  threatDistanceM: z.number().positive().max(10_000).default(500),
  /** Built-up cells this close to a village's centre are its houses (each cell goes to the nearest village). */
  villageReachM: z.number().positive().max(5000).default(400),
  /** Crews with the `fire` capability on scene work the flame edge nearest them. */
  crews: z.strictObject({
    /** Metres of flame edge one person knocks down per hour with hand tools (beaters, rakes, wind blowers). */
    handLineMPerCrewMemberH: z.number().min(0).max(10_000).default(200),
    /** Litres of water from a tanker's pump per metre of flame edge knocked down. */
    waterLPerM: z.number().positive().max(1000).default(3),
    /** How fast crews move across country to the fire, and how far around them they work. */
    walkMs: z.number().positive().max(10).default(1),
    reachM: z.number().positive().max(2000).default(150),
  }).prefault({}),
  /** `cutFirebreak`: a break cut around the threatened village nearest the fire, the side facing the fire first. */
  firebreak: z.strictObject({
    /** How far out from the village's houses the break runs (rounded to whole cells, at least one). */
    standoffM: z.number().min(0).max(5000).default(100),
    /** Metres of break one person cuts per hour with hand tools, and one heavy machine (excavator, bulldozer) per hour. */
    handMPerCrewMemberH: z.number().min(0).max(10_000).default(100),
    machineMPerH: z.number().min(0).max(100_000).default(1500),
    /** Share of the fire's chances to cross a finished break that still succeed (embers carried over it). */
    breachShare: z.number().min(0).max(1).default(0.05),
  }).prefault({}),
  /** Harm to residents still at home in a block of houses the fire reaches; a warned village suffers `warnedFactor` of it. */
  residentHarm: z.strictObject({
    able: Harm.default({ deathShare: 0.002, seriousShare: 0.01, injuryShare: 0.04 }),
    vulnerable: Harm.default({ deathShare: 0.03, seriousShare: 0.06, injuryShare: 0.1 }),
    warnedFactor: z.number().min(0).max(1).default(0.5),
  }).prefault({}),
  /** Harm to a crew whose position the fire front overruns. */
  crewHarm: Harm.default({ deathShare: 0.05, seriousShare: 0.15, injuryShare: 0.3 }),
  /** Direct loss: per hectare of forest and of other land burnt, and per household whose block burns. */
  lossYuan: z.strictObject({
    perForestHa: z.number().min(0).max(1e9).default(30_000),
    perOtherHa: z.number().min(0).max(1e9).default(1500),
    perHousehold: z.number().min(0).max(1e9).default(80_000),
  }).prefault({}),
});
export type WildlandSpec = z.infer<typeof WildlandSpec>;
