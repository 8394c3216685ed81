// Measures of information reporting, one judgement per required report (never a share of all reports filed, so
// extra reports never dilute a bad one): on time (迟报, 瞒报), complete (漏报), true (谎报), and follow-ups (续报).
import { TeamCommandPost } from '../scenario/vocabulary.ts';
import type { RequiredReport } from './reportAudit.ts';
import type { Untruth } from './reportUntruths.ts';
import type { Finding, MeasureResult, ScoringContext } from './scoringContext.ts';
import { mean, notApplicable } from './scoringContext.ts';

const minutes = (s: number) => Math.round(s / 60);
const levelZh = (r: RequiredReport) => (r.level === 'county' ? '向县' : '向乡指挥部');
const levelEn = (r: RequiredReport) => (r.level === 'county' ? 'to the county' : 'to the command post');

function dueReports(ctx: ScoringContext): RequiredReport[] {
  return ctx.reporting.flatMap((i) => i.required).filter((r) => r.due);
}

function timelinessFinding(r: RequiredReport): Finding | null {
  if (r.late) {
    const delayMin = minutes(r.firstS! - r.knownS);
    return { item: 'reportOnTime', code: 'report.late', params: { incident: r.incident, level: r.level, delayMin, deadlineMin: minutes(r.deadlineS) }, owner: r.reporter, deadlineDays: 30,
      problem: { zh: `${r.incident}：${levelZh(r)}报告迟报，获悉后${delayMin}分钟才报告（时限${minutes(r.deadlineS)}分钟）`, en: `${r.incident}: the report ${levelEn(r)} was late, ${delayMin} min after it was known (deadline ${minutes(r.deadlineS)} min)` },
      action: { zh: '明确信息报告员和报告时限，值班室24小时专人值守，每季度开展报告演练', en: 'Name the information reporters and deadlines, staff the duty room around the clock, drill reporting every quarter' } };
  }
  if (r.concealed) {
    return { item: 'reportOnTime', code: 'report.concealed', params: { incident: r.incident, level: r.level, deadlineMin: minutes(r.deadlineS) }, owner: r.reporter, deadlineDays: 7,
      problem: { zh: `${r.incident}：已知事故未在${minutes(r.deadlineS)}分钟时限内${levelZh(r)}报告（瞒报）`, en: `${r.incident}: a known incident was never reported ${levelEn(r)} within the ${minutes(r.deadlineS)}-min deadline (concealment)` },
      action: { zh: '严格执行事故信息报告制度，对瞒报责任人严肃追责', en: 'Enforce the accident-reporting rules and hold those who concealed it to account' } };
  }
  return null;
}

/** Each required report that was due: on time earns it all, late a little, never nothing. */
export function reportOnTime(ctx: ScoringContext): MeasureResult {
  const due = dueReports(ctx);
  if (due.length === 0) return notApplicable;
  const findings = due.flatMap((r) => timelinessFinding(r) ?? []);
  for (const r of due) for (const f of r.foresight) findings.push({ item: 'reportOnTime', code: 'report.foresight', params: { incident: r.incident, atMin: minutes(f.atS), knownMin: minutes(r.knownS) }, owner: f.by, deadlineDays: 30,
    problem: { zh: `${r.incident}：${f.by}在获悉前（第${minutes(f.atS)}分钟）报告，不计为报告`, en: `${r.incident}: ${f.by} reported at ${minutes(f.atS)} min, before it could have known: not counted as a report` },
    action: { zh: '报告须基于接报或现场核实的信息', en: 'Report what was received or seen on scene, nothing else' } });
  return { applicable: true, share: mean(due.map((r) => (r.firstS === null ? 0 : r.late ? 0.4 : 1))), findings };
}

/** Each required report that was filed: the first with every element, and each change of casualties followed up. */
export function reportComplete(ctx: ScoringContext): MeasureResult {
  const filed = dueReports(ctx).filter((r) => r.firstS !== null);
  if (filed.length === 0) return notApplicable;
  const findings: Finding[] = [];
  const shares = filed.map((r) => {
    if (r.missing.length > 0) findings.push({ item: 'reportComplete', code: 'report.incomplete', params: { incident: r.incident, level: r.level, missing: r.missing.join(', ') }, owner: r.reporter, deadlineDays: 30,
      problem: { zh: `${r.incident}：${levelZh(r)}的首报缺少要素（漏报）：${r.missing.join('、')}`, en: `${r.incident}: the first report ${levelEn(r)} lacked elements: ${r.missing.join(', ')}` },
      action: { zh: '按事故报告六要素制作报告模板，组织信息报告员培训', en: 'Make a six-element report template and train the information reporters' } });
    const unfollowed = r.followUps.filter((f) => f.followedS === null).length;
    if (unfollowed > 0) findings.push({ item: 'reportComplete', code: 'report.notFollowedUp', params: { incident: r.incident, count: unfollowed, deadlineMin: minutes(ctx.rubric.standards.followUpS / ctx.drill.scenario.timeCompression) }, owner: r.reporter, deadlineDays: 30,
      problem: { zh: `${r.incident}：伤亡变化后${unfollowed}次未在时限内续报（漏报）`, en: `${r.incident}: casualties changed ${unfollowed} times with no follow-up within the deadline (an omission)` },
      action: { zh: '建立续报机制：伤亡或险情变化后立即续报', en: 'Set up follow-up reporting: report again as soon as casualties or the danger change' } });
    const followed = r.followUps.length === 0 ? 1 : 1 - unfollowed / r.followUps.length;
    return (r.missing.length === 0 ? 0.5 : 0) + 0.5 * followed;
  });
  return { applicable: true, share: mean(shares), findings };
}

function untruthText(u: Untruth): { zh: string; en: string } {
  const tolerance = u.tolerance === undefined ? '' : `, tolerance ${u.tolerance}`;
  return { zh: `${u.element} 报${u.said}（实际${u.truth}${u.tolerance === undefined ? '' : `，容差${u.tolerance}`}）`, en: `${u.element} ${u.said} (truth: ${u.truth}${tolerance})` };
}

/** Each required report that was filed: true only when none of its reports contradicted what the reporter knew. */
export function reportTruthful(ctx: ScoringContext): MeasureResult {
  const filed = dueReports(ctx).filter((r) => r.firstS !== null);
  if (filed.length === 0) return notApplicable;
  const findings: Finding[] = filed.flatMap((r) => r.untrue.map((u) => {
    const words = u.untruths.map(untruthText);
    return { item: 'reportTruthful', code: 'report.untrue', params: { incident: r.incident, level: r.level, atMin: minutes(u.atS), elements: u.untruths.map((x) => x.element).join(', ') }, owner: u.by, deadlineDays: 7,
      problem: { zh: `${r.incident}：${u.by}的报告与事实不符（谎报）：${words.map((w) => w.zh).join('；')}`, en: `${r.incident}: ${u.by}'s report contradicted the facts: ${words.map((w) => w.en).join('; ')}` },
      action: { zh: '报告前核实现场情况，伤亡人数以现场清点为准，情况变化及时续报', en: 'Check the scene before reporting, count casualties on site, and follow up when things change' } };
  }));
  return { applicable: true, share: mean(filed.map((r) => (r.untrue.length === 0 ? 1 : 0))), findings };
}

/** Each change of casualties after the first report to the county, followed up within the deadline. */
export function followUpReports(ctx: ScoringContext): MeasureResult {
  const all = dueReports(ctx).flatMap((r) => r.followUps);
  if (all.length === 0) return notApplicable;
  const filed = all.filter((f) => f.followedS !== null).length;
  const findings: Finding[] = filed < all.length ? [{ item: 'followUpReports', code: 'report.followUps', params: { missed: all.length - filed, due: all.length }, owner: TeamCommandPost, deadlineDays: 30,
    problem: { zh: `伤亡变化后未及时续报（${all.length - filed}次，共${all.length}次）`, en: `No timely follow-up after casualties changed (${all.length - filed} of ${all.length} times)` },
    action: { zh: '建立续报机制：伤亡或险情变化后立即续报', en: 'Set up follow-up reporting: report again as soon as casualties or the danger change' } }] : [];
  return { applicable: true, share: filed / all.length, findings };
}
