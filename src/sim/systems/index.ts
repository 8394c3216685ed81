// The systems in the fixed order they run each second: injects arrive, incidents start, county forces enter,
// units move, people are moved, then each factor's physics in registry order, calls arrive and teams see what is
// within sight, then the drill clock.
import { countyArrivalSystem } from './countyArrivalSystem.ts';
import { drillClockSystem } from './drillClockSystem.ts';
import { evacuationSystem } from './evacuationSystem.ts';
import { injectSystem } from './injectSystem.ts';
import { movementSystem } from './movementSystem.ts';
import { incidentClockSystem } from './incidentClockSystem.ts';
import type { System } from './system.ts';
import { factorDefinitions } from '../incidents/factorRegistry.ts';
import { callSystem } from '../knowledge/callSystem.ts';
import { sightSystem } from '../knowledge/sightSystem.ts';

export const systems: readonly System[] = [
  injectSystem, incidentClockSystem, countyArrivalSystem, movementSystem, evacuationSystem,
  ...factorDefinitions.flatMap((f) => f.systems),
  callSystem, sightSystem,
  drillClockSystem,
];
