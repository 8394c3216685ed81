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
    if (share < 1) findings.push({ item: 'rightLead', code: 'lead.absent', params: { incident: incident.id, team: agency }, owner: agency, deadlineDays: 30 });
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
    for (const team of absent) findings.push({ item, code: item === 'coLeadsTookPart' ? 'coLead.absent' : 'support.absent', params: { incident: incident.id, team }, owner: team, deadlineDays: 30 });
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
      ? { item, code: 'firstAction.late', params: { incident: incident.id, delayMin: delayMin ?? 'never', standardMin }, owner: TeamCommandPost, deadlineDays: 30 }
      : { item, code: 'firstUnit.late', params: { incident: incident.id, delayMin: delayMin ?? 'never', standardMin }, owner: incident.expected.lead[0]!, deadlineDays: 30 });
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
  const findings: Finding[] = share < 1 ? [{ item: 'responseLevelSet', code: 'responseLevel.late', params: { standardMin: Math.round(ctx.rubric.standards.firstUnitOnSceneS / 60) }, owner: TeamCommandPost, deadlineDays: 30 }] : [];
  return { applicable: true, share, findings };
}
