// The shared words of content files: ids, bilingual text, capabilities, domains, station kinds, colours.
import { z } from 'zod';

export const idPattern = /^[a-z0-9][a-z0-9-]*$/;
export const Id = z.string().regex(idPattern, { error: 'must be a lower-case id of letters, digits and "-"' }).max(64);

/** A seed as text: 1 to 128 characters wherever a seed is given (a scenario, --seed, a record, a rehearsal). */
export const SeedText = z.string().min(1, { error: 'a seed must be 1 to 128 characters' }).max(128, { error: 'a seed must be 1 to 128 characters' });

export const NonEmptyText = z.string().trim().min(1, { error: 'must not be empty' }).max(4000);

export const TeamCommandPost = 'command-post';
export const TeamFacilitator = 'facilitator';

export const factors = ['fire', 'explosion', 'collision', 'collapse', 'flood', 'crowd', 'poisoning', 'heat'] as const;
export const Factor = z.enum(factors);
export type Factor = z.infer<typeof Factor>;

export const capabilities = [
  'fire', 'medical', 'trafficControl', 'transport', 'heavyLifting', 'pumping', 'hazmat', 'crowdControl',
  'cooling', 'search', 'evacuation', 'policing', 'powerCutoff', 'gasShutoff', 'communication',
] as const;
export const Capability = z.enum(capabilities);
export type Capability = z.infer<typeof Capability>;

export const roadClasses = ['provincial', 'county', 'village', 'track'] as const;
export const RoadClass = z.enum(roadClasses);
export type RoadClass = z.infer<typeof RoadClass>;

export const terrains = ['grass', 'forest', 'farmland', 'water', 'builtUp', 'bare', 'wetland'] as const;
export const Terrain = z.enum(terrains);
export type Terrain = z.infer<typeof Terrain>;

export const inspectionDomains = [
  'fireSafety', 'floodAndFirePrevention', 'roadTraffic', 'mining', 'gas', 'construction',
  'ruralTourism', 'hazardousChemicals', 'publicPlaces',
] as const;
export const InspectionDomain = z.enum(inspectionDomains);
export type InspectionDomain = z.infer<typeof InspectionDomain>;

export const stationKinds = [
  'emergencyOffice', 'police', 'clinic', 'school', 'trafficPolice', 'waterManagement', 'powerSupply',
  'forestry', 'housing', 'cultureTourism', 'marketRegulation', 'naturalResources',
] as const;
export const StationKind = z.enum(stationKinds);
export type StationKind = z.infer<typeof StationKind>;

export const countyForces = ['fireRescue', 'medical', 'trafficPolice', 'emergencyManagement'] as const;
export const CountyForce = z.enum(countyForces);
export type CountyForce = z.infer<typeof CountyForce>;

/** Warning colours, lowest to highest (蓝 黄 橙 红). */
export const warningColours = ['blue', 'yellow', 'orange', 'red'] as const;
export const WarningColour = z.enum(warningColours);
export type WarningColour = z.infer<typeof WarningColour>;

/** Response levels, lowest to highest (IV … I); `none` stands the response down. */
export const responseLevels = ['none', 'IV', 'III', 'II', 'I'] as const;
export const ResponseLevel = z.enum(responseLevels);
export type ResponseLevel = z.infer<typeof ResponseLevel>;
