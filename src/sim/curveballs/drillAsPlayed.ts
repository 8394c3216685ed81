// The drill as it was played: the scenario's incidents followed by the curveballs the facilitator added, rebuilt from
// the record's `incident.added` events with the same pure placement the order used. Scoring reads this, so an added
// incident must be reported and is judged like any the scenario stated.
import type { DrillRecord } from '../record.ts';
import type { Drill } from '../scenario/loadDrill.ts';
import { curveballIncident, findTemplate, isIncident } from './curveballIncident.ts';

export function drillAsPlayed(drill: Drill, record: DrillRecord): Drill {
  const added = record.events.flatMap((e) => {
    if (e.type !== 'incident.added') return [];
    const template = findTemplate(drill, e.template);
    if (!template) throw new Error(`the record adds curveball ${e.incident} from template ${e.template}, which this drill does not have`);
    const spec = curveballIncident(drill, template, { xM: e.xM, yM: e.yM }, e.incident, e.timeS);
    if (!isIncident(spec)) throw new Error(`curveball ${e.incident} of the record no longer has a place on this map`);
    return [spec];
  });
  return added.length === 0 ? drill : { ...drill, scenario: { ...drill.scenario, incidents: [...drill.scenario.incidents, ...added] } };
}
