// The flood spec's default tables, with where each comes from. Drill assumptions are marked as such: a township
// tunes them in its scenario file, not here.
export const floodDefaults = {
  /**
   * SCS curve numbers, USDA TR-55 (1986) Table 2-2, hydrologic soil group C: pasture in good condition 74, woods in
   * good condition 70, row crops (straight row, good) 85, residential 1/8 acre (65 % impervious) 90, fallow bare soil
   * 91; water takes all rain (100); wetland is taken as saturated ground, like paved areas (98).
   */
  curveNumbers: { grass: 74, forest: 70, farmland: 85, water: 100, builtUp: 90, bare: 91, wetland: 98 },
  /**
   * Sandbagging. About 600 bags build a wall 1 ft high and 100 ft long (USACE flood-fight guidance), i.e. ≈ 65 bags per
   * square metre of wall face; the raise is taken as linear in the bags, fair for the first half-metre. A ring well
   * (反滤围井) around one boil takes a few hundred bags. A crew member filling, carrying and laying 20 bags an hour is a
   * drill assumption.
   */
  sandbags: { bagsPerCrewHour: 20, ringWellBags: 400, bagsPerSquareMetre: 65, maxRaiseM: 1 },
  /**
   * Harm per hour at home in water of each DEFRA class (drill assumptions shaped by FD2321's class meanings): low
   * "caution" harms nobody; moderate, "danger for some", harms only the vulnerable (elderly living alone, children);
   * significant, "danger for most", harms everyone, the vulnerable most; extreme, "danger for all", most of all.
   */
  harmPerHour: {
    moderate: { able: { injured: 0, dead: 0 }, vulnerable: { injured: 0.05, dead: 0.01 } },
    significant: { able: { injured: 0.03, dead: 0.005 }, vulnerable: { injured: 0.12, dead: 0.04 } },
    extreme: { able: { injured: 0.1, dead: 0.03 }, vulnerable: { injured: 0.25, dead: 0.1 } },
  },
  /** People: a village's houses spread over this radius; warned households halve their harm; the injured left in
   *  water die at this rate an hour; share of the injured seriously hurt. Drill assumptions. */
  people: { villageRadiusM: 300, warnedHarmShare: 0.5, injuredDeathPerHour: 0.15, seriousShare: 0.4 },
  /**
   * Night traffic in a rainstorm, vehicles an hour by road class; most drivers turn back at water they can see; two
   * people a car; half of those in a swept car drown, the rest are pulled out hurt. All drill assumptions.
   */
  traffic: { vehiclesPerHour: { provincial: 120, county: 40, village: 12, track: 4 }, turnBackShare: 0.6, occupantsPerVehicle: 2, sweptDeathShare: 0.5 },
  /**
   * Direct loss to houses: the JRC global depth–damage curve for residential buildings in Asia (Huizinga, de Moel &
   * Szewczyk 2017, EUR 28552 EN), damage share by depth in metres; a rural household's house and goods at ¥200,000.
   */
  damage: {
    householdValueYuan: 200_000,
    depthDamage: [[0, 0], [0.5, 0.33], [1, 0.49], [1.5, 0.62], [2, 0.72], [3, 0.87], [4, 0.93], [5, 0.98], [6, 1]] as [number, number][],
  },
};
