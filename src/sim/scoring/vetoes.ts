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
  /** Set when the rubric softens this veto to a cap: the best conclusion the drill can then reach. */
  capsAt?: 'good' | 'pass';
}

const reportVetoes = ['lateReport', 'concealment', 'omission', 'falseReport'] as const;

function reportingVetoes(ctx: ScoringContext): TrippedVeto[] {
  return ctx.reporting.flatMap((i) => i.required.flatMap((r) => {
    // A role rubric holds the trainee's own report to the standard of a county report (its reporting is the role's alone).
    const faults = reportFaults(ctx.role === null ? r : { ...r, level: 'county' }, i.required);
    return reportVetoes.filter((veto) => faults[veto]).map((veto) => ({
      veto, incident: r.incident, code: `veto.${veto}`, params: { incident: r.incident, deadlineMin: Math.round(r.deadlineS / 60) } }));
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
      return worked ? [] : [{ veto: 'deathsWithoutEvacuation', incident: incident.id, code: 'veto.deathsNobodyWorked', params: { incident: incident.id, deadCount } }];
    }
    const moved = (village: string) => ctx.record.events.some((e) => e.type === 'evacuation.ordered' && e.timeS <= diedS && e.village === village);
    return villages.filter((v) => !moved(v) && !shelteredInPlace(ctx, incident, v, diedS)).map((village) => ({
      veto: 'deathsWithoutEvacuation' as const, incident: incident.id, code: 'veto.deathsVillageLeft', params: { incident: incident.id, village, deadCount } }));
  });
}

/** A scenario without incidents: the command post's expected report to the county, late or never filed. */
function expectedReportVetoes(ctx: ScoringContext): TrippedVeto[] {
  return expectedReports(ctx).filter((r) => r.by === (ctx.role ?? TeamCommandPost) && (r.filedS === null || r.filedS > r.byS)).map((r) => {
    const veto = r.filedS === null ? 'concealment' as const : 'lateReport' as const;
    return { veto, incident: '', code: `veto.${veto}`, params: { deadlineMin: Math.round(r.byS / 60) } };
  });
}

function deathsAsIfNoResponse(ctx: ScoringContext): TrippedVeto[] {
  if (ctx.baselineDeaths === null || ctx.baselineDeaths === 0) return [];
  const deadCount = deathsAt(ctx.truths, ctx.record.endS);
  const share = ctx.rubric.standards.deathsAsNoResponseShare;
  if (deadCount < share * ctx.baselineDeaths) return [];
  return [{ veto: 'deathsAsIfNoResponse', incident: '', code: 'veto.deathsAsIfNoResponse', params: { deadCount, baselineDeadCount: ctx.baselineDeaths, share } }];
}

export function trippedVetoes(ctx: ScoringContext): TrippedVeto[] {
  const all = [...reportingVetoes(ctx), ...expectedReportVetoes(ctx), ...deathsWithoutEvacuation(ctx), ...deathsAsIfNoResponse(ctx)];
  const tripped = ctx.role === null ? all : roleVetoes(ctx, all, ctx.role);
  return tripped.filter((t) => ctx.rubric.vetoes.includes(t.veto)).map((t) => {
    const cap = (ctx.rubric.caps as Partial<Record<VetoId, 'good' | 'pass'>>)[t.veto];
    return cap ? { ...t, capsAt: cap } : t;
  });
}
