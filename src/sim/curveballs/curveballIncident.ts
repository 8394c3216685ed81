// Turns a curveball template and a clicked point into a whole incident, as if the scenario had stated it: the
// placement rule picks the place and map references, the incident starts at `startS`, and the factor's schema
// applies its defaults. A pure function of the drill and its arguments, so scoring can redo it from the record.
import type { Incident } from '../scenario/incidentSchema.ts';
import { IncidentSchema } from '../scenario/incidentSchema.ts';
import type { Drill } from '../scenario/loadDrill.ts';
import { teamIds } from '../scenario/crossReferences.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { CurveballTemplate } from './curveballSchema.ts';
import { nearestNamed } from './nearbyPlaces.ts';
import type { Unplaceable } from './placementRules.ts';
import { isPlacement, placeTemplate } from './placementRules.ts';

export function findTemplate(drill: Drill, id: string): CurveballTemplate | undefined {
  return drill.curveballs.find((t) => t.id === id);
}

/** The incident a template becomes at `point`, or what the click lacked. Throws only on a bug (a template that
 *  passed the loader but not the schema once placed). */
export function curveballIncident(drill: Drill, template: CurveballTemplate, point: PointM, id: string, startS: number): Incident | Unplaceable {
  const placed = placeTemplate(drill.map, teamIds(drill.map, drill.roster), template.incident, point);
  if (!isPlacement(placed)) return placed;
  const near = placed.near ?? nearestNamed(drill.map, point);
  const groundTruth = near
    ? { ...placed.incident.groundTruth, placeZh: `${near.nameZh}附近`, placeEn: `near ${near.nameEn}` }
    : placed.incident.groundTruth;
  const parsed = IncidentSchema.safeParse({ ...placed.incident, groundTruth, id, start: { atS: startS }, at: placed.at });
  if (!parsed.success) throw new Error(`curveball template ${template.id} does not make an incident: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function isIncident(result: Incident | Unplaceable): result is Incident {
  return 'id' in result;
}
