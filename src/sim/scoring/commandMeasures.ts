// Measures of command and coordination: the domain's line agency itself working on the incident (管行业必须管安全),
// the co-leads and the support taking part, the first order and the township's first unit on scene against the
// standard, and the response level set — all timed from when the command post knew.
import type { IncidentBase } from '../scenario/incidentBase.ts';
import { TeamCommandPost } from '../scenario/vocabulary.ts';
import { knownSinceS } from './knownSince.ts';
import type { Finding, MeasureResult, ScoringContext } from './scoringContext.ts';
import { mean, notApplicable } from './scoringContext.ts';
import { firstActionS, firstArrivalS, participants } from './participation.ts';

/** The incidents the command post knew of, with when it did. */
function knownToCommandPost(ctx: ScoringContext): { incident: IncidentBase; knownS: number }[] {
  return ctx.drill.scenario.incidents.flatMap((incident) => {
    const knownS = knownSinceS(ctx.record, TeamCommandPost, incident.id);
    return knownS === null ? [] : [{ incident, knownS }];
  });
}

/** Teams of a list that did not work on the incident, and the share of the list that did. */
function tookPart(ctx: ScoringContext, incident: IncidentBase, teams: readonly string[]): { absent: string[]; share: number } {
  const took = participants(ctx, incident.id);
  const absent = teams.filter((t) => !took.has(t));
  return { absent, share: 1 - absent.length / teams.length };
}

/** The domain's line agency — the first lead the scenario names — worked on the incident itself; a co-lead does not stand in. */
export function rightLead(ctx: ScoringContext): MeasureResult {
  const known = knownToCommandPost(ctx);
  if (known.length === 0) return notApplicable;
  const findings: Finding[] = [];
  const shares = known.map(({ incident }) => {
    const agency = incident.expected.lead[0]!;
    const { share } = tookPart(ctx, incident, [agency]);
    if (share < 1) findings.push({ item: 'rightLead', code: 'lead.absent', params: { incident: incident.id, team: agency }, owner: agency, deadlineDays: 30,
      problem: { zh: `${incident.id}：行业主管单位${agency}未实际参与处置（其力量未到场、未处置）`, en: `${incident.id}: the line agency ${agency} did not work on it (none of its units acted or reached the scene)` },
      action: { zh: '落实“管行业必须管安全”，修订预案明确牵头单位及其职责', en: 'Apply "whoever runs the trade runs its safety": revise the plan to name the lead and its duties' } });
    return share;
  });
  return { applicable: true, share: mean(shares), findings };
}

function listTookPart(ctx: ScoringContext, item: 'coLeadsTookPart' | 'supportTookPart', listOf: (i: IncidentBase) => readonly string[]): MeasureResult {
  const known = knownToCommandPost(ctx).filter(({ incident }) => listOf(incident).length > 0);
  if (known.length === 0) return notApplicable;
  const findings: Finding[] = [];
  const shares = known.map(({ incident }) => {
    const { absent, share } = tookPart(ctx, incident, listOf(incident));
    for (const team of absent) findings.push({ item, code: item === 'coLeadsTookPart' ? 'coLead.absent' : 'support.absent', params: { incident: incident.id, team }, owner: team, deadlineDays: 30,
      problem: item === 'coLeadsTookPart'
        ? { zh: `${incident.id}：共同牵头单位${team}未实际参与处置`, en: `${incident.id}: the co-leading team ${team} did not work on it` }
        : { zh: `${incident.id}：配合单位${team}未实际参与处置`, en: `${incident.id}: the supporting team ${team} did not work on it` },
      action: { zh: '修订预案衔接，明确各单位的响应流程并开展联合演练', en: 'Link the plans, set each team\'s response steps and drill them together' } });
    return share;
  });
  return { applicable: true, share: mean(shares), findings };
}

export const coLeadsTookPart = (ctx: ScoringContext) => listTookPart(ctx, 'coLeadsTookPart', (i) => i.expected.lead.slice(1));
export const supportTookPart = (ctx: ScoringContext) => listTookPart(ctx, 'supportTookPart', (i) => i.expected.support);

/** Full marks within the standard, then less and less until nothing at three times it (or never). */
export function timelinessShare(delayS: number | null, standardS: number): number {
  if (delayS === null) return 0;
  return delayS <= standardS ? 1 : Math.max(0, 1 - (delayS - standardS) / (2 * standardS));
}

function speed(ctx: ScoringContext, item: 'firstActionInTime' | 'firstUnitOnScene', standardS: number, timeOf: (incident: string) => number | null): MeasureResult {
  const known = knownToCommandPost(ctx);
  if (known.length === 0) return notApplicable;
  const findings: Finding[] = [];
  const shares = known.map(({ incident, knownS }) => {
    const atS = timeOf(incident.id);
    const delayS = atS === null ? null : Math.max(0, atS - knownS);
    const share = timelinessShare(delayS, standardS);
    const delayMin = delayS === null ? null : Math.round(delayS / 60);
    const standardMin = Math.round(standardS / 60);
    if (share < 1) findings.push(item === 'firstActionInTime'
      ? { item, code: 'firstAction.late', params: { incident: incident.id, delayMin: delayMin ?? 'never', standardMin }, owner: TeamCommandPost, deadlineDays: 30,
        problem: { zh: `${incident.id}：指挥部获悉后${delayMin === null ? '始终未下达处置指令' : `${delayMin}分钟才下达首条处置指令`}（标准${standardMin}分钟）`, en: `${incident.id}: ${delayMin === null ? 'no order acted on it after the command post knew' : `the first order came ${delayMin} min after the command post knew`} (standard ${standardMin} min)` },
        action: { zh: '落实24小时值班值守，接报即按预案先期处置、边处置边报告', en: 'Keep the 24-hour duty watch, and act on the plan at once on receiving a report, reporting as you act' } }
      : { item, code: 'firstUnit.late', params: { incident: incident.id, delayMin: delayMin ?? 'never', standardMin }, owner: incident.expected.lead[0]!, deadlineDays: 30,
        problem: { zh: `${incident.id}：本乡首支力量${delayMin === null ? '未到达现场' : `在指挥部获悉${delayMin}分钟后才到达`}（标准${standardMin}分钟）`, en: `${incident.id}: ${delayMin === null ? 'no township unit reached the scene' : `the township's first unit arrived ${delayMin} min after the command post knew`} (standard ${standardMin} min)` },
        action: { zh: '前置应急力量，明确就近调派规则，压缩出动时间', en: 'Pre-position forces, dispatch the nearest unit by rule, and cut turnout time' } });
    return share;
  });
  return { applicable: true, share: mean(shares), findings };
}

/** Speed, first step: from the command post knowing to the township's first order acting on it. */
export const firstActionInTime = (ctx: ScoringContext) => speed(ctx, 'firstActionInTime', ctx.rubric.standards.firstActionS, (i) => firstActionS(ctx, i));
/** From the command post knowing to the township's own first unit on the scene itself. */
export const firstUnitOnScene = (ctx: ScoringContext) => speed(ctx, 'firstUnitOnScene', ctx.rubric.standards.firstUnitOnSceneS, (i) => firstArrivalS(ctx, i));

export function responseLevelSet(ctx: ScoringContext): MeasureResult {
  const known = knownToCommandPost(ctx);
  if (known.length === 0) return notApplicable;
  const firstKnownS = Math.min(...known.map((k) => k.knownS));
  const set = ctx.record.events.find((e) => e.type === 'response.levelSet' && e.level !== 'none' && e.timeS >= firstKnownS);
  const share = !set ? 0 : set.timeS - firstKnownS <= ctx.rubric.standards.firstUnitOnSceneS ? 1 : 0.5;
  const findings: Finding[] = share < 1 ? [{ item: 'responseLevelSet', code: 'responseLevel.late', params: { standardMin: Math.round(ctx.rubric.standards.firstUnitOnSceneS / 60) }, owner: TeamCommandPost, deadlineDays: 30,
    problem: { zh: '指挥部获悉后未及时启动应急响应', en: 'The emergency response was not started in time after the command post knew' },
    action: { zh: '明确响应启动条件和决策程序', en: 'Set out when and by whom the response is started' } }] : [];
  return { applicable: true, share, findings };
}
