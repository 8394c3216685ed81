// Measures of information reporting, one judgement per required report (never a share of all reports filed, so
// extra reports never dilute a bad one): on time (迟报, 瞒报), complete (漏报), true (谎报), and follow-ups (续报).
import { TeamCommandPost } from '../scenario/vocabulary.ts';
import type { RequiredReport } from './reportAudit.ts';
import type { Untruth } from './reportUntruths.ts';
import type { Finding, MeasureResult, ScoringContext } from './scoringContext.ts';
import { mean, notApplicable } from './scoringContext.ts';

const minutes = (s: number) => Math.round(s / 60);

function dueReports(ctx: ScoringContext): RequiredReport[] {
  return ctx.reporting.flatMap((i) => i.required).filter((r) => r.due);
}

function timelinessFinding(r: RequiredReport): Finding | null {
  if (r.late) {
    const delayMin = minutes(r.firstS! - r.knownS);
    return { item: 'reportOnTime', code: 'report.late', params: { incident: r.incident, level: r.level, delayMin, deadlineMin: minutes(r.deadlineS) }, owner: r.reporter, deadlineDays: 30 };
  }
  if (r.concealed) {
    return { item: 'reportOnTime', code: 'report.concealed', params: { incident: r.incident, level: r.level, deadlineMin: minutes(r.deadlineS) }, owner: r.reporter, deadlineDays: 7 };
  }
  return null;
}

/** Each required report that was due: on time earns it all, late a little, never nothing. */
export function reportOnTime(ctx: ScoringContext): MeasureResult {
  const due = dueReports(ctx);
  if (due.length === 0) return notApplicable;
  const findings = due.flatMap((r) => timelinessFinding(r) ?? []);
  for (const r of due) for (const f of r.foresight) findings.push({ item: 'reportOnTime', code: 'report.foresight', params: { incident: r.incident, team: f.by, atMin: minutes(f.atS), knownMin: minutes(r.knownS) }, owner: f.by, deadlineDays: 30 });
  return { applicable: true, share: mean(due.map((r) => (r.firstS === null ? 0 : r.late ? 0.4 : 1))), findings };
}

/** Each required report that was filed: the first with every element, and each change of casualties followed up. */
export function reportComplete(ctx: ScoringContext): MeasureResult {
  const filed = dueReports(ctx).filter((r) => r.firstS !== null);
  if (filed.length === 0) return notApplicable;
  const findings: Finding[] = [];
  const shares = filed.map((r) => {
    if (r.missing.length > 0) findings.push({ item: 'reportComplete', code: 'report.incomplete', params: { incident: r.incident, level: r.level, missing: r.missing.join(',') }, owner: r.reporter, deadlineDays: 30 });
    const unfollowed = r.followUps.filter((f) => f.followedS === null).length;
    if (unfollowed > 0) findings.push({ item: 'reportComplete', code: 'report.notFollowedUp', params: { incident: r.incident, count: unfollowed, deadlineMin: minutes(ctx.rubric.standards.followUpS / ctx.drill.scenario.timeCompression) }, owner: r.reporter, deadlineDays: 30 });
    const followed = r.followUps.length === 0 ? 1 : 1 - unfollowed / r.followUps.length;
    return (r.missing.length === 0 ? 0.5 : 0) + 0.5 * followed;
  });
  return { applicable: true, share: mean(shares), findings };
}

/** Each untrue element's figures as flat parameters: `deathsSaid`, `deathsTruth`, `deathsTolerance` … */
function untruthParams(untruths: readonly Untruth[]): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const u of untruths) {
    params[`${u.element}Said`] = u.said;
    params[`${u.element}Truth`] = u.truth;
    if (u.tolerance !== undefined) params[`${u.element}Tolerance`] = u.tolerance;
  }
  return params;
}

/** Each required report that was filed: true only when none of its reports contradicted what the reporter knew. */
export function reportTruthful(ctx: ScoringContext): MeasureResult {
  const filed = dueReports(ctx).filter((r) => r.firstS !== null);
  if (filed.length === 0) return notApplicable;
  const findings: Finding[] = filed.flatMap((r) => r.untrue.map((u) => ({ item: 'reportTruthful', code: 'report.untrue', owner: u.by, deadlineDays: 7,
    params: { incident: r.incident, team: u.by, level: r.level, atMin: minutes(u.atS), elements: u.untruths.map((x) => x.element).join(','), ...untruthParams(u.untruths) } })));
  return { applicable: true, share: mean(filed.map((r) => (r.untrue.length === 0 ? 1 : 0))), findings };
}

/** Each change of casualties after the first report to the county, followed up within the deadline. */
export function followUpReports(ctx: ScoringContext): MeasureResult {
  const all = dueReports(ctx).flatMap((r) => r.followUps);
  if (all.length === 0) return notApplicable;
  const filed = all.filter((f) => f.followedS !== null).length;
  const findings: Finding[] = filed < all.length ? [{ item: 'followUpReports', code: 'report.followUps', params: { missed: all.length - filed, due: all.length }, owner: TeamCommandPost, deadlineDays: 30 }] : [];
  return { applicable: true, share: filed / all.length, findings };
}
