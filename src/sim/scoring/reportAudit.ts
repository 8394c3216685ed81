// Judges each incident's reporting against the truth (《生产安全事故报告和调查处理条例》): late (迟报), incomplete
// (漏报), untrue (谎报), concealed (瞒报), and whether follow-ups (续报) came after the toll changed.
import type { Drill } from '../scenario/loadDrill.ts';
import type { DrillRecord } from '../record.ts';
import type { IncidentBase } from '../scenario/incidentBase.ts';
import type { FiledReportView } from './filedReports.ts';
import { filedReports, missingElements } from './filedReports.ts';
import type { Rubric } from './rubricSchema.ts';
import type { IncidentTruth } from './truthTimeline.ts';
import { tollAt, tollChangesAfter } from './truthTimeline.ts';

export interface IncidentReporting {
  incident: string;
  known: boolean;
  /** Seconds from the township learning of it to the first report up the chain; null when never filed. */
  toTownshipDelayS: number | null;
  toCountyDelayS: number | null;
  /** Whether each report was due by the end of the drill: filed, or its deadline passed after the incident was known. */
  townshipDue: boolean;
  countyDue: boolean;
  late: boolean;
  concealed: boolean;
  /** Reports about this incident and the elements each lacks. */
  incomplete: { atS: number; by: string; missing: string[] }[];
  untrue: { atS: number; by: string; why: string[] }[];
  followUpsDue: number;
  followUpsFiled: number;
  reportCount: number;
}

function untruths(report: FiledReportView, spec: IncidentBase, truth: IncidentTruth, drill: Drill, tolerance: number): string[] {
  const why: string[] = [];
  const e = report.elements;
  if (e.factor !== undefined && e.factor !== spec.factor) why.push(`factor ${e.factor} (truth: ${spec.factor})`);
  if (e.casualties) {
    const toll = tollAt(truth, report.atS);
    const pairs = [['deaths', e.casualties.deaths, toll.deadCount], ['injured', e.casualties.injured, toll.injuredCount], ['missing', e.casualties.missing, toll.missingCount]] as const;
    for (const [what, said, was] of pairs) if (Math.abs(said - was) > tolerance) why.push(`${what} ${said} (truth: ${was})`);
  }
  if (e.occurredAtS !== undefined && truth.startedS !== null && Math.abs(e.occurredAtS - truth.startedS) > 900) why.push(`time ${e.occurredAtS} s (truth: ${truth.startedS} s)`);
  if (e.place !== undefined && !placeMatches(e.place, spec, drill)) why.push(`place "${e.place}" (truth: ${spec.groundTruth.placeZh})`);
  return why;
}

/** Every run of two Chinese characters in a name: enough to recognise 集贸市场 in 市场东侧. */
function cjkPairs(name: string): string[] {
  return [...name].slice(0, -1).map((c, i) => c + name[i + 1]!).filter((pair) => /^[\u4e00-\u9fff]{2}$/.test(pair));
}

/** A place is right when it names the incident's place (its map object or the true place) or shares a pair of characters with it. */
function placeMatches(said: string, spec: IncidentBase, drill: Drill): boolean {
  const names = [spec.groundTruth.placeZh, spec.groundTruth.placeEn.toLowerCase()];
  const at = spec.at;
  if ('place' in at) {
    const object = [...drill.map.villages, ...drill.map.facilities, ...drill.map.stations, ...drill.map.shelters, ...drill.map.places].find((o) => o.id === at.place);
    if (object) names.push(object.nameZh, object.nameEn.toLowerCase(), object.id);
  }
  const text = said.toLowerCase();
  return names.some((n) => text.includes(n)) || names.flatMap(cjkPairs).some((pair) => text.includes(pair));
}

export function auditReporting(drill: Drill, record: DrillRecord, truths: Map<string, IncidentTruth>, rubric: Rubric): IncidentReporting[] {
  const reports = filedReports(record, new Map([...truths].map(([id, t]) => [id, t.startedS])));
  const countyDeadlineS = rubric.standards.reportToCountyS / drill.scenario.timeCompression;
  return drill.scenario.incidents.map((spec) => {
    const truth = truths.get(spec.id)!;
    const own = reports.filter((r) => r.incident === spec.id);
    const knownS = truth.discoveredS;
    const toTownship = own.find((r) => r.to === 'command-post');
    const toCounty = own.find((r) => r.to === 'county');
    const delay = (r: FiledReportView | undefined) => (r && knownS !== null ? Math.max(0, r.atS - knownS) : null);
    const countyDelayS = delay(toCounty);
    const knownForS = knownS === null ? 0 : record.endS - knownS;
    const due = toCounty ? tollChangesAfter(truth, toCounty.atS) : [];
    const followUps = own.filter((r) => r.to === 'county' && r.kind === 'followUp');
    return {
      incident: spec.id,
      known: knownS !== null,
      toTownshipDelayS: delay(toTownship),
      toCountyDelayS: countyDelayS,
      townshipDue: toTownship !== undefined || knownForS > rubric.standards.reportToTownshipS,
      countyDue: toCounty !== undefined || knownForS > countyDeadlineS,
      late: countyDelayS !== null && countyDelayS > countyDeadlineS,
      concealed: knownS !== null && !toCounty && record.endS - knownS > countyDeadlineS,
      incomplete: own.map((r) => ({ atS: r.atS, by: r.by, missing: missingElements(r) })).filter((r) => r.missing.length > 0),
      untrue: own.map((r) => ({ atS: r.atS, by: r.by, why: untruths(r, spec, truth, drill, rubric.standards.casualtyTolerance) })).filter((r) => r.why.length > 0),
      followUpsDue: due.length,
      followUpsFiled: due.filter((t) => followUps.some((f) => f.atS >= t && f.atS - t <= countyDeadlineS)).length,
      reportCount: own.length,
    };
  });
}
