// Measures of information reporting: on time (迟报), complete (漏报), true (谎报), and follow-ups (续报).
import { TeamCommandPost } from '../scenario/vocabulary.ts';
import type { Finding, MeasureResult, ScoringContext } from './scoringContext.ts';
import { mean, notApplicable } from './scoringContext.ts';

const minutes = (s: number) => Math.round(s / 60);

/** Reports to the township and on to the county against their deadlines; a report not yet due when the drill ended is not judged. */
export function reportOnTime(ctx: ScoringContext): MeasureResult {
  const known = ctx.reporting.filter((r) => r.known && (r.townshipDue || r.countyDue));
  if (known.length === 0) return notApplicable;
  const findings: Finding[] = [];
  const shares = known.map((r) => {
    const township = r.toTownshipDelayS !== null && r.toTownshipDelayS <= ctx.rubric.standards.reportToTownshipS ? 1 : 0;
    const county = r.concealed ? 0 : r.toCountyDelayS === null ? 0 : r.late ? 0.4 : 1;
    if (r.late) findings.push({ item: 'reportOnTime', owner: TeamCommandPost, deadlineDays: 30,
      problem: { zh: `${r.incident}：向县报告迟报（${minutes(r.toCountyDelayS!)}分钟）`, en: `${r.incident}: the report to the county was late (${minutes(r.toCountyDelayS!)} min)` },
      action: { zh: '明确信息报告员和报告时限，值班室24小时专人值守，每季度开展报告演练', en: 'Name the information reporters and deadlines, staff the duty room around the clock, drill reporting every quarter' } });
    if (r.concealed) findings.push({ item: 'reportOnTime', owner: TeamCommandPost, deadlineDays: 7,
      problem: { zh: `${r.incident}：已知事故未向县报告（瞒报）`, en: `${r.incident}: a known accident was never reported to the county (concealment)` },
      action: { zh: '严格执行事故信息报告制度，对瞒报责任人严肃追责', en: 'Enforce the accident-reporting rules and hold those who concealed it to account' } });
    if (r.toTownshipDelayS === null && r.toCountyDelayS !== null) return county;
    if (!r.countyDue) return township;
    return r.townshipDue ? 0.5 * township + 0.5 * county : county;
  });
  return { applicable: true, share: mean(shares), findings };
}

export function reportComplete(ctx: ScoringContext): MeasureResult {
  const count = ctx.reporting.reduce((n, r) => n + r.reportCount, 0);
  if (count === 0) return notApplicable;
  const incomplete = ctx.reporting.flatMap((r) => r.incomplete.map((i) => ({ ...i, incident: r.incident })));
  return {
    applicable: true,
    share: 1 - incomplete.length / count,
    findings: incomplete.map((i) => ({ item: 'reportComplete', owner: i.by, deadlineDays: 30,
      problem: { zh: `${i.incident}：${i.by}的报告缺少要素（漏报）：${i.missing.join('、')}`, en: `${i.incident}: ${i.by}'s report lacked elements: ${i.missing.join(', ')}` },
      action: { zh: '按事故报告六要素制作报告模板，组织信息报告员培训', en: 'Make a six-element report template and train the information reporters' } })),
  };
}

export function reportTruthful(ctx: ScoringContext): MeasureResult {
  const count = ctx.reporting.reduce((n, r) => n + r.reportCount, 0);
  if (count === 0) return notApplicable;
  const untrue = ctx.reporting.flatMap((r) => r.untrue.map((u) => ({ ...u, incident: r.incident })));
  return {
    applicable: true,
    share: 1 - untrue.length / count,
    findings: untrue.map((u) => ({ item: 'reportTruthful', owner: u.by, deadlineDays: 7,
      problem: { zh: `${u.incident}：${u.by}的报告与事实不符（谎报）：${u.why.join('；')}`, en: `${u.incident}: ${u.by}'s report contradicted the facts: ${u.why.join('; ')}` },
      action: { zh: '报告前核实现场情况，伤亡人数以现场清点为准，情况变化及时续报', en: 'Check the scene before reporting, count casualties on site, and follow up when things change' } })),
  };
}

export function followUpReports(ctx: ScoringContext): MeasureResult {
  const due = ctx.reporting.reduce((n, r) => n + r.followUpsDue, 0);
  if (due === 0) return notApplicable;
  const filed = ctx.reporting.reduce((n, r) => n + r.followUpsFiled, 0);
  const findings: Finding[] = filed < due ? [{ item: 'followUpReports', owner: TeamCommandPost, deadlineDays: 30,
    problem: { zh: `伤亡变化后未及时续报（${due - filed}次）`, en: `No timely follow-up after casualties changed (${due - filed} times)` },
    action: { zh: '建立续报机制：伤亡或险情变化后立即续报', en: 'Set up follow-up reporting: report again as soon as casualties or the danger change' } }] : [];
  return { applicable: true, share: filed / due, findings };
}
