// The systems in the fixed order they run each second: injects arrive, county forces enter, units move,
// people are moved, the clock is checked. The factor issues add their physics here.
import { countyArrivalSystem } from './countyArrivalSystem.ts';
import { drillClockSystem } from './drillClockSystem.ts';
import { evacuationSystem } from './evacuationSystem.ts';
import { injectSystem } from './injectSystem.ts';
import { movementSystem } from './movementSystem.ts';
import type { System } from './system.ts';

export const systems: readonly System[] = [injectSystem, countyArrivalSystem, movementSystem, evacuationSystem, drillClockSystem];
