// A plan's reports name their incident's place as a scenario's injects do (`{place}`, `{place:省道S215鹰嘴弯}`;
// placeInText.ts), so the template's plan run on a drill built from a ledger item reports the incident where it now
// is, not where the template put it. Reports are filed in Chinese: a placeholder takes the place's Chinese name.
import type { IncidentPlaceName } from '../scenario/placeInText.ts';
import { placeTextProblems, withPlaceName } from '../scenario/placeInText.ts';
import type { Order } from './order.ts';
import type { PlacedAt } from '../ledger/drillForHazard.ts';
import { movedIncident } from '../ledger/drillForHazard.ts';

/** What a plan's places are named from: the drill's incidents, and which one a placement moved. */
export interface PlanPlaces {
  scenario: { incidents: readonly { id: string; groundTruth: { placeZh: string } }[] };
  placedAt?: Pick<PlacedAt, 'incident' | 'placeZh'> | undefined;
}

/** `{place}` with no place written: only a drill's incident can name it. */
const bareName = '{place}';
const reportTexts = ['unit', 'place', 'scene', 'course', 'measures', 'other'] as const;

/** Why a report's `{place}` cannot be named: no incident, one the drill lacks, or no drill to name it from. */
function unnamed(incident: string | undefined, withDrill: boolean): string {
  if (incident === undefined) return 'names an incident\'s place but the report is about no incident (give it "incident")';
  return `names the place of "${incident}", which ${withDrill ? 'is no incident of this drill' : 'only the drill can name: write {place:the place}'}`;
}

/** An order with its report's places named, or the element and what is wrong with it. Without a drill (a seat's
 *  file, a bench) a place stays as written, and `{place}` with nothing written cannot be named. */
export function namingPlaces(order: Order, drill: PlanPlaces | undefined): { ok: true; order: Order } | { ok: false; field: string; problem: string } {
  if (order.type !== 'fileReport') return { ok: true, order };
  const incident = drill?.scenario.incidents.find((i) => i.id === order.incident);
  const place: IncidentPlaceName | null = incident ? { name: incident.groundTruth.placeZh, moved: movedIncident(drill?.placedAt) === incident.id } : null;
  const elements = { ...order.elements };
  for (const field of reportTexts) {
    const text = elements[field];
    if (text === undefined || !text.includes('{')) continue;
    const wrong = placeTextProblems(text)[0];
    if (wrong !== undefined) return { ok: false, field: `elements.${field}`, problem: wrong };
    if (place === null && text.includes(bareName)) return { ok: false, field: `elements.${field}`, problem: unnamed(order.incident, drill !== undefined) };
    elements[field] = withPlaceName(text, place ?? { name: '', moved: false });
  }
  return { ok: true, order: { ...order, elements } };
}
