// What in a report contradicts what the reporter knew when filing it (谎报): casualties beyond the rubric's tolerance
// (fewer deaths than known is never forgiven), a place that is not at the incident on the map, the wrong factor, a
// loss outside the rubric's factor of the truth, the wrong time of occurrence, or an incident said to be over (a final
// phase: the fire extinguished) that was not over when the report was filed.
import { knownLossYuan } from '../orders/reporterFigures.ts';
import type { Drill } from '../scenario/loadDrill.ts';
import type { IncidentBase } from '../scenario/incidentBase.ts';
import { factorPhases } from '../knowledge/factorPhases.ts';
import { distanceM } from '../world/roadGraph.ts';
import type { PointM } from '../world/townshipMap.ts';
import { mapObjects } from '../world/townshipMap.ts';
import type { FiledReportView } from './filedReports.ts';
import type { Rubric } from './rubricSchema.ts';
import type { IncidentTruth } from './truthTimeline.ts';
import { lossAt, phaseAt, tollAt } from './truthTimeline.ts';

/** One contradicted element: what the report said, the truth, and the rule's threshold where there is one. */
export interface Untruth { element: 'deaths' | 'injured' | 'missing' | 'place' | 'factor' | 'loss' | 'time' | 'phase'; said: string | number; truth: string | number; tolerance?: number }

/** Where the incident is on the map; null when its place is not on the map. */
export function incidentPoint(drill: Drill, spec: IncidentBase): PointM | null {
  return 'place' in spec.at ? mapObjects(drill.map).get(spec.at.place)?.at ?? null : { xM: spec.at.xM, yM: spec.at.yM };
}

/** A report's place names the true place when either holds the other (at least this long: more than a township's name). */
const shortestPlaceName = 4;

function namesTruePlace(text: string, spec: IncidentBase): boolean {
  return [spec.groundTruth.placeZh.toLowerCase(), spec.groundTruth.placeEn.toLowerCase()].some((truth) =>
    text.includes(truth) || (text.length >= shortestPlaceName && truth.includes(text)));
}

/**
 * How far from the incident the place a report names is: 0 when it names the true place or one of the villages the
 * incident puts at risk, else the distance to the nearest map object it names (Infinity when it names none, since
 * a place nobody can find on the map is no place); null when the incident's own place is not on the map.
 */
export function placeErrorM(said: string, spec: IncidentBase, drill: Drill): number | null {
  const text = said.trim().toLowerCase();
  if (namesTruePlace(text, spec)) return 0;
  const at = incidentPoint(drill, spec);
  if (at === null) return null;
  const named = [...mapObjects(drill.map).entries()].filter(([id, o]) => text.includes(o.nameZh) || text.includes(o.nameEn.toLowerCase()) || text.includes(id));
  if (named.length === 0) return Infinity;
  if (named.some(([id]) => spec.villagesAtRisk.includes(id))) return 0;
  return Math.min(...named.map(([, o]) => distanceM(at, o.at)));
}

function casualtyUntruths(report: FiledReportView, truth: IncidentTruth, standards: Rubric['standards']): Untruth[] {
  const said = report.elements.casualties;
  if (!said) return [];
  const toll = tollAt(truth, report.atS);
  const pairs = [['deaths', said.deaths, toll.deadCount], ['injured', said.injured, toll.injuredCount], ['missing', said.missing, toll.missingCount]] as const;
  return pairs.flatMap(([element, told, was]) => {
    const tolerance = Math.max(standards.casualtyTolerance, Math.floor(standards.casualtyToleranceShare * was));
    const hidesADeath = element === 'deaths' && told < was;
    return hidesADeath || Math.abs(told - was) > tolerance ? [{ element, said: told, truth: was, tolerance: hidesADeath ? 0 : tolerance }] : [];
  });
}

/** A report that says the incident is over (one of its factor's final phases) while it went on: what it said, and the
 *  phase it was truly in. Saying it goes on when it is over misleads nobody into standing down, and is not judged. */
function phaseUntruth(report: FiledReportView, spec: IncidentBase, truth: IncidentTruth): Untruth[] {
  const said = report.phase;
  if (said === null || !factorPhases(spec.factor).some((p) => p.final && p.phase === said)) return [];
  if (truth.endedS !== null && truth.endedS <= report.atS) return [];
  return [{ element: 'phase', said, truth: phaseAt(truth, report.atS) ?? '' }];
}

export function reportUntruths(report: FiledReportView, spec: IncidentBase, truth: IncidentTruth, drill: Drill, rubric: Rubric): Untruth[] {
  const { standards } = rubric;
  const e = report.elements;
  const found = casualtyUntruths(report, truth, standards);
  if (e.factor !== undefined && e.factor !== spec.factor) found.push({ element: 'factor', said: e.factor, truth: spec.factor });
  if (e.place !== undefined) {
    const errorM = placeErrorM(e.place, spec, drill);
    if (errorM !== null && errorM > standards.placeToleranceM) found.push({ element: 'place', said: e.place, truth: spec.groundTruth.placeZh, tolerance: standards.placeToleranceM });
  }
  if (e.estimatedLossYuan !== undefined) {
    const was = knownLossYuan(lossAt(truth, report.atS), spec.groundTruth.estimatedLossYuan);
    const small = e.estimatedLossYuan <= standards.lossFloorYuan && was <= standards.lossFloorYuan;
    if (!small && (e.estimatedLossYuan * standards.lossFactor < was || e.estimatedLossYuan > was * standards.lossFactor)) {
      found.push({ element: 'loss', said: e.estimatedLossYuan, truth: Math.round(was), tolerance: standards.lossFactor });
    }
  }
  if (e.occurredAtS !== undefined && truth.startedS !== null && Math.abs(e.occurredAtS - truth.startedS) > standards.occurredAtToleranceS) {
    found.push({ element: 'time', said: e.occurredAtS, truth: truth.startedS, tolerance: standards.occurredAtToleranceS });
  }
  found.push(...phaseUntruth(report, spec, truth));
  return found;
}
