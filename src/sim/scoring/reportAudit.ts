// Judges each incident's required reports as the regulations define them (《生产安全事故报告和调查处理条例》): the
// first report to the command post from the team that learnt of it, and the command post's to the county. Each is
// late (迟报) after its deadline counted from when its reporter knew, concealed (瞒报) when never filed by the end
// though due, incomplete (漏报) when the first lacks an element or a change of casualties goes without a follow-up
// within the follow-up deadline, and untrue (谎报) when any report at that level contradicts what its reporter knew.
// Extra reports never dilute a bad one: each required report is judged once, on the worst of its reports.
import type { Drill } from '../scenario/loadDrill.ts';
import type { DrillRecord } from '../record.ts';
import type { IncidentBase } from '../scenario/incidentBase.ts';
import { TeamCommandPost } from '../scenario/vocabulary.ts';
import type { FiledReportView } from './filedReports.ts';
import { filedReports, missingElements } from './filedReports.ts';
import { knownFirstHandS, knownSinceS } from './knownSince.ts';
import type { Untruth } from './reportUntruths.ts';
import { reportUntruths } from './reportUntruths.ts';
import type { Rubric } from './rubricSchema.ts';
import type { IncidentTruth } from './truthTimeline.ts';
import { casualtyChangesAfter } from './truthTimeline.ts';

export type ReportLevel = 'township' | 'county';

/** One report the rules require of an incident, judged. Times are sim seconds. */
export interface RequiredReport {
  incident: string;
  level: ReportLevel;
  /** Who had to report: the team that learnt of it (to the command post), the command post (to the county). */
  reporter: string;
  knownS: number;
  deadlineS: number;
  /** Filed, or its deadline passed before the drill ended: only what was due is judged. */
  due: boolean;
  /** The first report at this level filed once the reporter knew; null when none was. */
  firstS: number | null;
  late: boolean;
  concealed: boolean;
  /** Elements the first report lacked. */
  missing: string[];
  /** Each change of casualties after the first report whose follow-up deadline fell within the drill. */
  followUps: { changeS: number; followedS: number | null }[];
  untrue: { atS: number; by: string; untruths: Untruth[] }[];
  /** Reports at this level filed before their reporter could have known: foresight, credited for nothing. */
  foresight: { atS: number; by: string }[];
}

export interface IncidentReporting { incident: string; required: RequiredReport[] }

interface Level { level: ReportLevel; reporter: string; deadlineS: number; reports: FiledReportView[] }

function judge(level: Level, spec: IncidentBase, truth: IncidentTruth, knownS: number, context: { drill: Drill; record: DrillRecord; rubric: Rubric }): RequiredReport {
  const { drill, record, rubric } = context;
  const knewBy = (r: FiledReportView) => {
    const since = r.by === level.reporter ? knownS : knownSinceS(record, r.by, spec.id);
    return since !== null && r.atS >= since;
  };
  const counted = level.reports.filter(knewBy);
  const first = counted[0] ?? null;
  const deadlineS = knownS + level.deadlineS;
  const followUpS = rubric.standards.followUpS / drill.scenario.timeCompression;
  const followUps = level.level === 'county' && first
    ? casualtyChangesAfter(truth, first.atS).filter((t) => t + followUpS <= record.endS).map((changeS) => ({
      changeS, followedS: counted.find((r) => r.atS >= changeS && r.atS <= changeS + followUpS)?.atS ?? null }))
    : [];
  return {
    incident: spec.id, level: level.level, reporter: level.reporter, knownS, deadlineS: level.deadlineS,
    due: first !== null || record.endS > deadlineS,
    firstS: first?.atS ?? null,
    late: first !== null && first.atS > deadlineS,
    concealed: first === null && record.endS > deadlineS,
    missing: first ? missingElements(first) : [],
    followUps,
    untrue: counted.map((r) => ({ atS: r.atS, by: r.by, untruths: reportUntruths(r, spec, truth, drill, rubric) })).filter((u) => u.untruths.length > 0),
    foresight: level.reports.filter((r) => !knewBy(r)).map((r) => ({ atS: r.atS, by: r.by })),
  };
}

/** A role rubric's one required report per incident: the trained team's own, to the level above, once it knew. */
function roleLevel(role: string, own: FiledReportView[], drill: Drill, rubric: Rubric): Level {
  return role === TeamCommandPost
    ? { level: 'county', reporter: role, deadlineS: rubric.standards.reportToCountyS / drill.scenario.timeCompression, reports: own.filter((r) => r.to === 'county') }
    : { level: 'township', reporter: role, deadlineS: rubric.standards.reportToTownshipS, reports: own.filter((r) => r.by === role && r.to === 'command-post') };
}

/**
 * Every incident's required reports, judged; an incident nobody learnt of requires none. With `role` (a role rubric),
 * only that team's own report is required, and only its own reports count for it — never another team's.
 */
export function auditReporting(drill: Drill, record: DrillRecord, truths: Map<string, IncidentTruth>, rubric: Rubric, role: string | null = null): IncidentReporting[] {
  const reports = filedReports(record, new Map([...truths].map(([id, t]) => [id, t.startedS])));
  return drill.scenario.incidents.map((spec) => {
    const truth = truths.get(spec.id)!;
    const own = reports.filter((r) => r.incident === spec.id);
    const levels: Level[] = role !== null ? [roleLevel(role, own, drill, rubric)] : [
      ...(spec.discovery.by === TeamCommandPost ? [] : [{ level: 'township' as const, reporter: spec.discovery.by, deadlineS: rubric.standards.reportToTownshipS, reports: own.filter((r) => r.to === 'command-post') }]),
      { level: 'county', reporter: TeamCommandPost, deadlineS: rubric.standards.reportToCountyS / drill.scenario.timeCompression, reports: own.filter((r) => r.to === 'county') },
    ];
    const required = levels.flatMap((level) => {
      // A trainee told by the command post need not report back to it: its report is due once it learnt first-hand.
      const knownS = role !== null ? knownFirstHandS(record, role, spec.id) : knownSinceS(record, level.reporter, spec.id);
      return knownS === null ? [] : [judge(level, spec, truth, knownS, { drill, record, rubric })];
    });
    return { incident: spec.id, required };
  });
}

/**
 * Whether a required report trips a veto of the rules: each is judged at the county level — and a team that kept a
 * known incident from the command post, so that the county was never told because the command post never knew,
 * concealed it from the county as surely as the command post would have (瞒报).
 */
export function reportFaults(r: RequiredReport, all: readonly RequiredReport[]): { lateReport: boolean; concealment: boolean; omission: boolean; falseReport: boolean } {
  const county = r.level === 'county';
  const chainCut = r.level === 'township' && !all.some((o) => o.level === 'county');
  return {
    lateReport: county && r.late,
    concealment: (county || chainCut) && r.concealed,
    omission: county && (r.missing.length > 0 || r.followUps.some((f) => f.followedS === null)),
    falseReport: county && r.untrue.length > 0,
  };
}
