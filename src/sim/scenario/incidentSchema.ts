// Incident shapes by disaster factor. Each factor adds its shape here when its machine lands; until then
// a scenario's `incidents` must be empty, so no drill silently runs an incident nothing simulates.
import { z } from 'zod';

export const IncidentSchema = z.never({ error: 'no disaster factor is simulated yet, so incidents must be an empty list' });
export type Incident = z.infer<typeof IncidentSchema>;
