// Measures of command and coordination: the right lead (管行业必须管安全), support taking part, the first unit on
// scene against the standard, and the response level set.
import type { Finding, MeasureResult, ScoringContext } from './scoringContext.ts';
import { mean, notApplicable } from './scoringContext.ts';
import { TeamCommandPost } from '../scenario/vocabulary.ts';
import { firstActionS, firstArrivalS, participants } from './participation.ts';

const started = (ctx: ScoringContext) => ctx.drill.scenario.incidents.filter((i) => ctx.truths.get(i.id)?.startedS !== null);

export function rightLead(ctx: ScoringContext): MeasureResult {
  const incidents = started(ctx);
  if (incidents.length === 0) return notApplicable;
  const findings: Finding[] = [];
  const shares = incidents.map((i) => {
    const led = i.expected.lead.some((t) => participants(ctx, i.id).has(t));
    if (!led) findings.push({ item: 'rightLead', owner: i.expected.lead[0]!, deadlineDays: 30,
      problem: { zh: `${i.id}：行业主管单位（${i.expected.lead.join('、')}）未牵头处置`, en: `${i.id}: the lead for this domain (${i.expected.lead.join(', ')}) did not lead` },
      action: { zh: '落实“管行业必须管安全”，修订预案明确牵头单位及其职责', en: 'Apply "whoever runs the trade runs its safety": revise the plan to name the lead and its duties' } });
    return led ? 1 : 0;
  });
  return { applicable: true, share: mean(shares), findings };
}

export function supportTookPart(ctx: ScoringContext): MeasureResult {
  const incidents = started(ctx).filter((i) => i.expected.support.length > 0);
  if (incidents.length === 0) return notApplicable;
  const findings: Finding[] = [];
  const shares = incidents.map((i) => {
    const took = participants(ctx, i.id);
    const absent = i.expected.support.filter((t) => !took.has(t));
    for (const team of absent) findings.push({ item: 'supportTookPart', owner: team, deadlineDays: 30,
      problem: { zh: `${i.id}：配合单位${team}未参与处置`, en: `${i.id}: the supporting team ${team} took no part` },
      action: { zh: '修订预案衔接，明确配合单位的响应流程并开展联合演练', en: 'Link the plans, set the supporting team\'s response steps and drill them together' } });
    return 1 - absent.length / i.expected.support.length;
  });
  return { applicable: true, share: mean(shares), findings };
}

/** Full marks within the standard, then less and less until nothing at three times it (or never). */
function timelinessShare(delayS: number | null, standardS: number): number {
  if (delayS === null) return 0;
  return delayS <= standardS ? 1 : Math.max(0, 1 - (delayS - standardS) / (2 * standardS));
}

/** Speed, first step: from learning of an incident to the first order acting on it, against the rubric's standard. */
export function firstActionInTime(ctx: ScoringContext): MeasureResult {
  const known = started(ctx).filter((i) => ctx.truths.get(i.id)!.discoveredS !== null);
  if (known.length === 0) return notApplicable;
  const standardS = ctx.rubric.standards.firstActionS;
  const findings: Finding[] = [];
  const shares = known.map((i) => {
    const actedS = firstActionS(ctx, i.id);
    const delayS = actedS === null ? null : Math.max(0, actedS - ctx.truths.get(i.id)!.discoveredS!);
    const share = timelinessShare(delayS, standardS);
    if (share < 1) findings.push({ item: 'firstActionInTime', owner: i.discovery.by, deadlineDays: 30,
      problem: { zh: `${i.id}：获悉后${delayS === null ? '始终未下达处置指令' : `${Math.round(delayS / 60)}分钟才下达首条处置指令`}`, en: `${i.id}: ${delayS === null ? 'no order acted on it after it became known' : `the first order came ${Math.round(delayS / 60)} min after it became known`}` },
      action: { zh: '落实24小时值班值守，接报即按预案先期处置、边处置边报告', en: 'Keep the 24-hour duty watch, and act on the plan at once on receiving a report, reporting as you act' } });
    return share;
  });
  return { applicable: true, share: mean(shares), findings };
}

export function firstUnitOnScene(ctx: ScoringContext): MeasureResult {
  const known = started(ctx).filter((i) => ctx.truths.get(i.id)!.discoveredS !== null);
  if (known.length === 0) return notApplicable;
  const standardS = ctx.rubric.standards.firstUnitOnSceneS;
  const findings: Finding[] = [];
  const shares = known.map((i) => {
    const arrivedS = firstArrivalS(ctx, i.id);
    const delayS = arrivedS === null ? null : Math.max(0, arrivedS - ctx.truths.get(i.id)!.discoveredS!);
    const share = timelinessShare(delayS, standardS);
    if (share < 1) findings.push({ item: 'firstUnitOnScene', owner: i.expected.lead[0]!, deadlineDays: 30,
      problem: { zh: `${i.id}：首支力量${delayS === null ? '未到达现场' : `${Math.round(delayS / 60)}分钟后才到达`}`, en: `${i.id}: ${delayS === null ? 'no unit reached the scene' : `the first unit arrived after ${Math.round(delayS / 60)} min`}` },
      action: { zh: '前置应急力量，明确就近调派规则，压缩出动时间', en: 'Pre-position forces, dispatch the nearest unit by rule, and cut turnout time' } });
    return share;
  });
  return { applicable: true, share: mean(shares), findings };
}

export function responseLevelSet(ctx: ScoringContext): MeasureResult {
  const known = started(ctx).map((i) => ctx.truths.get(i.id)!.discoveredS).filter((s): s is number => s !== null);
  if (known.length === 0) return notApplicable;
  const firstKnownS = Math.min(...known);
  const set = ctx.record.events.find((e) => e.type === 'response.levelSet' && e.level !== 'none');
  const share = !set ? 0 : set.timeS - firstKnownS <= ctx.rubric.standards.firstUnitOnSceneS ? 1 : 0.5;
  const findings: Finding[] = share < 1 ? [{ item: 'responseLevelSet', owner: TeamCommandPost, deadlineDays: 30,
    problem: { zh: '未及时启动应急响应', en: 'The emergency response was not started in time' },
    action: { zh: '明确响应启动条件和决策程序', en: 'Set out when and by whom the response is started' } }] : [];
  return { applicable: true, share, findings };
}
