// Incident shapes by disaster factor, told apart by `factor`. Each factor's spec lives beside its machine
// in src/sim/incidents/<factor>/, and the factor's definition is in incidents/factorRegistry.ts.
import { z } from 'zod';
import { FireSpec } from '../incidents/fire/fireSpec.ts';
import { ExplosionSpec } from '../incidents/explosion/explosionSpec.ts';
import { CollisionSpec } from '../incidents/collision/collisionSpec.ts';
import { CollapseSpec } from '../incidents/collapse/collapseSpec.ts';
import { FloodSpec } from '../incidents/flood/floodSpec.ts';
import { CrowdSpec } from '../incidents/crowd/crowdSpec.ts';
import { PoisoningSpec } from '../incidents/poisoning/poisoningSpec.ts';
import { HeatSpec } from '../incidents/heat/heatSpec.ts';

export const IncidentSchema = z.discriminatedUnion('factor', [FireSpec, ExplosionSpec, CollisionSpec, CollapseSpec, FloodSpec, CrowdSpec, PoisoningSpec, HeatSpec]);
export type Incident = z.infer<typeof IncidentSchema>;
