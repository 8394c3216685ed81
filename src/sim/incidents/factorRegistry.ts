// Every disaster factor the sim can run, by name, in the order their systems run. A scenario incident of a
// factor not listed here is refused by the loader (scenario/incidentSchema.ts lists the same factors' specs).
import type { FactorDefinition } from './factorDefinition.ts';
import { fireFactor } from './fire/fireFactor.ts';
import { explosionFactor } from './explosion/explosionFactor.ts';
import { collisionFactor } from './collision/collisionFactor.ts';
import { collapseFactor } from './collapse/collapseFactor.ts';
import { floodFactor } from './flood/floodFactor.ts';
import { crowdFactor } from './crowd/crowdFactor.ts';
import { poisoningFactor } from './poisoning/poisoningFactor.ts';
import { heatFactor } from './heat/heatFactor.ts';

export const factorDefinitions: readonly FactorDefinition[] = [fireFactor, explosionFactor, collisionFactor, collapseFactor, floodFactor, crowdFactor, poisoningFactor, heatFactor];

const byFactor = new Map(factorDefinitions.map((f) => [f.factor, f]));

/** The definition of a factor by name; undefined for a name that is no factor of the sim. */
export function factorDefinitionOf(factor: string): FactorDefinition | undefined {
  return byFactor.get(factor as FactorDefinition['factor']);
}
