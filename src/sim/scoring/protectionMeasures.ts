// Measures of warning and evacuation: villages at risk warned, and their people (the vulnerable first) moved — or,
// where the factor makes staying indoors the right call (a toxic plume), sheltered in place by a warning — before
// the incident first hurt anyone, or by the end when it never did.
import { factorDefinitions } from '../incidents/factorRegistry.ts';
import type { IncidentBase } from '../scenario/incidentBase.ts';
import type { Finding, MeasureResult, ScoringContext } from './scoringContext.ts';
import { mean, notApplicable } from './scoringContext.ts';

interface AtRisk { incident: IncidentBase; village: string; impactS: number }

function villagesAtRisk(ctx: ScoringContext): AtRisk[] {
  return ctx.drill.scenario.incidents.flatMap((incident) => {
    const truth = ctx.truths.get(incident.id)!;
    if (truth.startedS === null) return [];
    const impactS = truth.firstHarmS ?? ctx.record.endS;
    return incident.villagesAtRisk.map((village) => ({ incident, village, impactS }));
  });
}

/**
 * True when the village's people were sheltering in place by `untilS`: the incident's factor keeps sheltered people
 * safe indoors, and a warning that told them to shelter in place reached the village between the incident's start
 * and then (any other warning, a blue notice, only alerts).
 */
export function shelteredInPlace(ctx: ScoringContext, incident: IncidentBase, village: string, untilS: number): boolean {
  const definition = factorDefinitions.find((f) => f.factor === incident.factor);
  const startedS = ctx.truths.get(incident.id)?.startedS ?? null;
  if (startedS === null || definition?.sheltersInPlace?.(incident) !== true) return false;
  return ctx.record.events.some((e) => e.type === 'warning.issued' && e.shelterInPlace === true && e.timeS >= startedS && e.timeS <= untilS && e.villages.includes(village));
}

export function warningBeforeImpact(ctx: ScoringContext): MeasureResult {
  const atRisk = villagesAtRisk(ctx);
  if (atRisk.length === 0) return notApplicable;
  const findings: Finding[] = [];
  const shares = atRisk.map(({ incident, village, impactS }) => {
    const warned = ctx.record.events.some((e) => e.type === 'warning.issued' && e.timeS <= impactS && e.villages.includes(village));
    if (!warned) findings.push({ item: 'warningBeforeImpact', code: 'warning.late', params: { incident: incident.id, village }, owner: village, deadlineDays: 30 });
    return warned ? 1 : 0;
  });
  return { applicable: true, share: mean(shares), findings };
}

function movedShares(ctx: ScoringContext, vulnerable: boolean): MeasureResult {
  const atRisk = villagesAtRisk(ctx);
  if (atRisk.length === 0) return notApplicable;
  const findings: Finding[] = [];
  const shares = atRisk.map(({ incident, village, impactS }) => {
    const state = ctx.stateAt(impactS).villages.find((v) => v.id === village)!;
    const def = ctx.drill.map.villages.find((v) => v.id === village)!;
    const total = vulnerable ? def.elderlyAlone + def.children : def.population;
    const moved = vulnerable ? state.movedVulnerableCount : state.movedCount;
    const share = total === 0 || shelteredInPlace(ctx, incident, village, impactS) ? 1 : moved / total;
    if (share < 0.9) findings.push({ item: vulnerable ? 'vulnerableMovedFirst' : 'movedBeforeImpact', code: vulnerable ? 'moved.vulnerableLate' : 'moved.late',
      params: { incident: incident.id, village, movedPct: Math.round(share * 100) }, owner: village, deadlineDays: 30 });
    return share;
  });
  return { applicable: true, share: mean(shares), findings };
}

export const movedBeforeImpact = (ctx: ScoringContext) => movedShares(ctx, false);
export const vulnerableMovedFirst = (ctx: ScoringContext) => movedShares(ctx, true);
