// The one-vote vetoes (一票否决): 迟报, 漏报, 谎报 and 瞒报 of a county report; deaths in a village at risk nobody moved
// out or (under a toxic plume, by the order that says so) told to shelter indoors, or at a building or site nobody
// worked on; and as many dead as doing nothing. Each tripped veto fails the drill whatever its points, unless the
// rubric softens 迟报 or 漏报 to a cap on the conclusion; so hiding bad news never pays.
import { TeamCommandPost } from '../scenario/vocabulary.ts';
import { expectedReports } from './expectationsMeasure.ts';
import type { VetoId } from './measureIds.ts';
import { deathsAt } from './outcomeMeasures.ts';
import { involvements } from './participation.ts';
import { shelteredInPlace } from './protectionMeasures.ts';
import { reportFaults } from './reportAudit.ts';
import { roleVetoes } from './roleScope.ts';
import type { ScoringContext } from './scoringContext.ts';
import { tollAt } from './truthTimeline.ts';

export interface TrippedVeto {
  veto: VetoId;
  incident: string;
  /** The rule and the figures behind it, for words in any language. */
  code: string;
  params: Record<string, string | number>;
  why: { zh: string; en: string };
  /** Set when the rubric softens this veto to a cap: the best conclusion the drill can then reach. */
  capsAt?: 'good' | 'pass';
}

const reportVetoWords: Record<'lateReport' | 'concealment' | 'omission' | 'falseReport', { zh: string; en: string }> = {
  lateReport: { zh: '向县报告迟报', en: 'the report to the county was late' },
  concealment: { zh: '瞒报（到期未向县报告）', en: 'concealed from the county (no report by the deadline)' },
  omission: { zh: '向县报告漏报（要素不全或伤亡变化未续报）', en: 'the county report left something out (an element, or a follow-up on changed casualties)' },
  falseReport: { zh: '向县报告谎报（与报告人所知不符）', en: 'the county report contradicted what the reporter knew' },
};

function reportingVetoes(ctx: ScoringContext): TrippedVeto[] {
  return ctx.reporting.flatMap((i) => i.required.flatMap((r) => {
    // A role rubric holds the trainee's own report to the standard of a county report (its reporting is the role's alone).
    const faults = reportFaults(ctx.role === null ? r : { ...r, level: 'county' }, i.required);
    return (Object.keys(reportVetoWords) as (keyof typeof reportVetoWords)[]).filter((veto) => faults[veto]).map((veto) => ({
      veto, incident: r.incident, code: `veto.${veto}`, params: { incident: r.incident, deadlineMin: Math.round(r.deadlineS / 60) },
      why: { zh: `${r.incident}：${reportVetoWords[veto].zh}`, en: `${r.incident}: ${reportVetoWords[veto].en}` } }));
  }));
}

/** The first moment someone died of the incident, or null. */
function firstDeathS(ctx: ScoringContext, incident: string): number | null {
  return ctx.truths.get(incident)?.changes.find((c) => c.delta.deadCount > 0)?.timeS ?? null;
}

function deathsWithoutEvacuation(ctx: ScoringContext): TrippedVeto[] {
  return ctx.drill.scenario.incidents.flatMap((incident): TrippedVeto[] => {
    const diedS = firstDeathS(ctx, incident.id);
    const deadCount = tollAt(ctx.truths.get(incident.id)!, ctx.record.endS).deadCount;
    if (diedS === null || deadCount === 0) return [];
    const villages = incident.villagesAtRisk;
    if (villages.length === 0) {
      const worked = involvements(ctx, incident.id).length > 0;
      return worked ? [] : [{ veto: 'deathsWithoutEvacuation', incident: incident.id, code: 'veto.deathsNobodyWorked', params: { incident: incident.id, deadCount },
        why: { zh: `${incident.id}：${deadCount}人死亡，而本乡无一支力量实际处置`, en: `${incident.id}: ${deadCount} died and no township unit ever worked on it` } }];
    }
    const moved = (village: string) => ctx.record.events.some((e) => e.type === 'evacuation.ordered' && e.timeS <= diedS && e.village === village);
    return villages.filter((v) => !moved(v) && !shelteredInPlace(ctx, incident, v, diedS)).map((village) => ({
      veto: 'deathsWithoutEvacuation' as const, incident: incident.id, code: 'veto.deathsVillageLeft', params: { incident: incident.id, village, deadCount },
      why: { zh: `${incident.id}：${deadCount}人死亡，而受威胁的${village}在首例死亡前未组织转移或就地避险`, en: `${incident.id}: ${deadCount} died and ${village}, at risk, was never moved or told to shelter before the first death` } }));
  });
}

/** A scenario without incidents: the command post's expected report to the county, late or never filed. */
function expectedReportVetoes(ctx: ScoringContext): TrippedVeto[] {
  return expectedReports(ctx).filter((r) => r.by === (ctx.role ?? TeamCommandPost) && (r.filedS === null || r.filedS > r.byS)).map((r) => {
    const veto = r.filedS === null ? 'concealment' as const : 'lateReport' as const;
    return { veto, incident: '', code: `veto.${veto}`, params: { deadlineMin: Math.round(r.byS / 60) },
      why: { zh: reportVetoWords[veto].zh, en: reportVetoWords[veto].en } };
  });
}

function deathsAsIfNoResponse(ctx: ScoringContext): TrippedVeto[] {
  if (ctx.baselineDeaths === null || ctx.baselineDeaths === 0) return [];
  const deadCount = deathsAt(ctx.truths, ctx.record.endS);
  const share = ctx.rubric.standards.deathsAsNoResponseShare;
  if (deadCount < share * ctx.baselineDeaths) return [];
  return [{ veto: 'deathsAsIfNoResponse', incident: '', code: 'veto.deathsAsIfNoResponse', params: { deadCount, baselineDeadCount: ctx.baselineDeaths, share },
    why: { zh: `${deadCount}人死亡，不少于不处置时的${ctx.baselineDeaths}人`, en: `${deadCount} died, no fewer than the ${ctx.baselineDeaths} who die when nobody responds` } }];
}

export function trippedVetoes(ctx: ScoringContext): TrippedVeto[] {
  const all = [...reportingVetoes(ctx), ...expectedReportVetoes(ctx), ...deathsWithoutEvacuation(ctx), ...deathsAsIfNoResponse(ctx)];
  const tripped = ctx.role === null ? all : roleVetoes(ctx, all, ctx.role);
  return tripped.filter((t) => ctx.rubric.vetoes.includes(t.veto)).map((t) => {
    const cap = (ctx.rubric.caps as Partial<Record<VetoId, 'good' | 'pass'>>)[t.veto];
    return cap ? { ...t, capsAt: cap } : t;
  });
}
