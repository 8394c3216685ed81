// A rainstorm flood on the township's river (涝): what a scenario says about the storm, the river, the embankment and
// its weak point, drainage, and who is in harm's way. Defaults are documented where they come from.
import { z } from 'zod';
import { IncidentPlaceSchema, incidentBaseShape } from '../../scenario/incidentBase.ts';
import { floodDefaults } from './floodDefaults.ts';

const Mm = z.number().min(0).max(1000);
const Rate = z.number().min(0).max(10_000);
const Share = z.number().min(0).max(1);
const Stage = z.number().min(-500).max(9000);

const Rain = z.union([
  /** Rain in each hour from the incident's start (mm); none after the last hour. */
  z.strictObject({ hourlyMm: z.array(z.number().min(0).max(300)).min(1).max(72) }),
  /** A triangular design storm (Yen & Chow 1980): its total, its length, and the share of it before the peak. */
  z.strictObject({ designStorm: z.strictObject({ totalMm: Mm, durationH: z.number().positive().max(72), peakAtFraction: Share.default(0.4) }) }),
]);

const ByTerrain = z.strictObject({ grass: z.number().gt(0).max(100), forest: z.number().gt(0).max(100), farmland: z.number().gt(0).max(100), water: z.number().gt(0).max(100), builtUp: z.number().gt(0).max(100), bare: z.number().gt(0).max(100), wetland: z.number().gt(0).max(100) });
const Harm = z.strictObject({ injured: Rate, dead: Rate });
const HarmByGroup = z.strictObject({ able: Harm, vulnerable: Harm });

export const FloodSpec = z.strictObject({
  factor: z.literal('flood'),
  ...incidentBaseShape,
  /** The storm over the catchment and the township; without it, the weather's rainMmH for the whole drill. */
  rain: Rain.optional(),
  /** Rain of this storm already fallen before the incident starts (it has filled part of the soil's initial abstraction). */
  antecedentRainMm: Mm.default(0),
  /** The river's catchment upstream of the weak point; its curve number, or else the map's land cover weighted by area. */
  catchment: z.strictObject({ areaKm2: z.number().positive().max(100_000), curveNumber: z.number().gt(0).max(100).optional() }),
  /** SCS curve numbers by land cover (USDA TR-55 Table 2-2, hydrologic soil group C). */
  curveNumbers: ByTerrain.default(floodDefaults.curveNumbers),
  /** The river at the weak point: a linear reservoir (storage constant k) whose outflow sets the stage by a rating curve. */
  river: z.strictObject({
    initialStageM: Stage,
    /** 警戒水位: above it the river is "over the warning level". */
    warningStageM: Stage,
    baseFlowM3s: z.number().min(0).max(100_000),
    storageConstantH: z.number().positive().max(240),
    rating: z.strictObject({ zeroFlowStageM: Stage, coefficient: z.number().positive().max(1e6), exponent: z.number().min(0.5).max(5).default(5 / 3) }),
    /** Channel width, for the speed of water over a flooded bridge deck. */
    widthM: z.number().positive().max(10_000).default(300),
  }),
  embankment: z.strictObject({
    /** The crest of the rest of the embankment; the map's embankment line gives it when absent. */
    crestElevationM: Stage.optional(),
    /** Broad-crested weir coefficient for water over the crest or through the breach (ideal (2/3)^1.5 √g ≈ 1.705). */
    weirCoefficient: z.number().positive().max(3).default(1.705),
    /** Bridge decks over the river are awash above this stage; without it, at the embankment crest. */
    bridgeDeckElevationM: Stage.optional(),
    /** The weak point (险工段), at the incident's place: low, seeping, and where the embankment breaches. */
    weakPoint: z.strictObject({
      crestElevationM: Stage,
      lengthM: z.number().positive().max(5000).default(50),
      /** River stage at which water starts to seep and pipe through the weak point (渗水、管涌). */
      seepageStageM: Stage,
      /** Chance rate of a breach per hour when the river stands at the weak point's crest; from 0 at the seepage stage it
       *  grows as the share of that head raised to `breachHazardExponent` (piping speeds up as the head rises). */
      breachRatePerHourAtCrest: Rate,
      breachHazardExponent: z.number().min(0.5).max(5).default(2),
      /** Share of that rate left once found seepage is ringed with sandbags (反滤围井). */
      treatedBreachShare: Share.default(0.02),
      /** Without a dike patrol, how long seepage goes unnoticed (villagers see it at last). */
      unpatrolledDetectionS: z.int().min(0).max(86_400).default(2400),
      breachWidthM: z.number().positive().max(2000).default(40),
      /** The breach widens to its full width over this time. */
      breachGrowthS: z.int().min(0).max(86_400).default(1800),
      /** The breach's floor; the ground at the weak point when absent. */
      breachSillElevationM: Stage.optional(),
    }),
  }),
  /** Sandbagging at the weak point: the ring well around seepage first, then a sub-levee (子堤) on the crest. */
  sandbags: z.strictObject({
    bagsPerCrewHour: Rate.default(floodDefaults.sandbags.bagsPerCrewHour),
    ringWellBags: z.int().min(0).max(1e6).default(floodDefaults.sandbags.ringWellBags),
    /** Bags per square metre of sub-levee face (length × height). */
    bagsPerSquareMetre: z.number().positive().max(10_000).default(floodDefaults.sandbags.bagsPerSquareMetre),
    maxRaiseM: z.number().min(0).max(5).default(floodDefaults.sandbags.maxRaiseM),
  }).default(floodDefaults.sandbags),
  /** Draining the low ground: the pumping station (at `at`, the weak point when absent) and pumps carried by the units
   *  pumping, drawing from the cells within reach. */
  pumping: z.strictObject({
    at: IncidentPlaceSchema.optional(),
    stationM3s: z.number().min(0).max(1000).default(0),
    portablePumpM3s: z.number().min(0).max(100).default(0.05),
    /** Roster equipment items that count as portable pumps. */
    pumpItems: z.array(z.string().min(1).max(64)).default(['portable-pump', 'submersible-pump']),
    reachM: z.number().positive().max(50_000).default(2000),
  }).default({ stationM3s: 0, portablePumpM3s: 0.05, pumpItems: ['portable-pump', 'submersible-pump'], reachM: 2000 }),
  /** Manning's n for water spreading over the land (0.03 pasture … 0.1 villages and trees; Chow 1959 Table 5-6). */
  manningN: z.number().min(0.01).max(0.3).default(0.06),
  /** People at home in flooded village cells: harm per hour spent in water of each DEFRA class. */
  harmPerHour: z.strictObject({ moderate: HarmByGroup, significant: HarmByGroup, extreme: HarmByGroup }).default(floodDefaults.harmPerHour),
  people: z.strictObject({
    villageRadiusM: z.number().positive().max(5000).default(floodDefaults.people.villageRadiusM),
    /** Harm rates are multiplied by this in a village that has been warned (people go upstairs, keep out of the water). */
    warnedHarmShare: Share.default(floodDefaults.people.warnedHarmShare),
    /** Injured people left in water deteriorate: their death rate per hour until they are moved out. */
    injuredDeathPerHour: Rate.default(floodDefaults.people.injuredDeathPerHour),
    /** Share of the injured who are seriously hurt (重伤: near-drowning, hypothermia, trauma). */
    seriousShare: Share.default(floodDefaults.people.seriousShare),
  }).default(floodDefaults.people),
  /** Traffic meeting water on a road that is not closed; cars are swept in ARR hazard class H2 and above. */
  traffic: z.strictObject({
    vehiclesPerHour: z.strictObject({ provincial: Rate, county: Rate, village: Rate, track: Rate }),
    turnBackShare: Share,
    occupantsPerVehicle: z.int().min(1).max(60),
    sweptDeathShare: Share,
  }).default(floodDefaults.traffic),
  /** Direct loss: a household's property, and the share of it lost at each depth (m) of water in the house. */
  damage: z.strictObject({
    householdValueYuan: z.number().min(0).max(1e9),
    depthDamage: z.array(z.tuple([z.number().min(0).max(20), Share])).min(2),
  }).default(floodDefaults.damage),
  /** The phase moves to warning once the forecast gives this rainstorm signal (CMA 2007). */
  alertSignal: z.enum(['blue', 'yellow', 'orange', 'red']).default('yellow'),
  /** Villages count as dry again below this depth (GB 51222-2017: 0.15 m on a road lane). */
  recoveredDepthM: z.number().min(0).max(5).default(0.15),
});
export type FloodSpec = z.infer<typeof FloodSpec>;
