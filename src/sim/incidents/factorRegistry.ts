// Every disaster factor the sim can run, by name. A scenario incident of a factor not listed here is refused
// by the loader (see scenario/incidentSchema.ts, which lists the same factors' specs).
import type { FactorDefinition } from './factorDefinition.ts';
import { explosionFactor } from './explosion/explosionFactor.ts';

export const factorDefinitions: readonly FactorDefinition[] = [explosionFactor];
