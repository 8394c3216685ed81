// Incident shapes by disaster factor, told apart by `factor`. Each factor's spec lives beside its machine
// in src/sim/incidents/<factor>/; a factor appears here when its machine and physics are in factorRegistry.ts.
import { z } from 'zod';
import { ExplosionSpec } from '../incidents/explosion/explosionSpec.ts';

export const IncidentSchema = z.discriminatedUnion('factor', [ExplosionSpec]);
export type Incident = z.infer<typeof IncidentSchema>;
