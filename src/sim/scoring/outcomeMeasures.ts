// Measures of outcome and resources: lives saved against doing nothing, county support in time, the expected
// teams' units put to work rather than left idle, orders the sim accepted, and villages and units helping beyond
// their own patch.
import type { IncidentBase } from '../scenario/incidentBase.ts';
import { TeamCommandPost } from '../scenario/vocabulary.ts';
import type { Finding, MeasureResult, ScoringContext } from './scoringContext.ts';
import { harmOf, mean, notApplicable } from './scoringContext.ts';
import { knownSinceS } from './knownSince.ts';
import { involvements } from './participation.ts';
import type { IncidentTruth } from './truthTimeline.ts';
import { tollAt } from './truthTimeline.ts';

/** The weighted toll of the incidents (dead and missing ×10, injured ×1) at `endS`. */
export function harmAt(truths: ReadonlyMap<string, IncidentTruth>, endS: number): number {
  return [...truths.values()].reduce((n, t) => n + harmOf(tollAt(t, endS)), 0);
}

/** The dead of the incidents at `endS`. */
export function deathsAt(truths: ReadonlyMap<string, IncidentTruth>, endS: number): number {
  return [...truths.values()].reduce((n, t) => n + tollAt(t, endS).deadCount, 0);
}

export function drillHarm(ctx: ScoringContext): number {
  return harmAt(ctx.truths, ctx.record.endS);
}

export function livesSaved(ctx: ScoringContext): MeasureResult {
  if (ctx.baselineHarm === null || ctx.baselineHarm === 0) return notApplicable;
  const share = Math.max(0, Math.min(1, 1 - drillHarm(ctx) / ctx.baselineHarm));
  const findings: Finding[] = share < 0.5 ? [{ item: 'livesSaved', code: 'outcome.fewSaved', params: { savedPct: Math.round(share * 100) }, owner: TeamCommandPost, deadlineDays: 60 }] : [];
  return { applicable: true, share, findings };
}

/**
 * The outcome against the scenario's reference plan on the same seed: the share of the casualties the plan avoided
 * (against doing nothing) that this drill avoided too. Doing as well as the plan, or better, earns it all.
 */
export function outcomeAgainstPlan(ctx: ScoringContext): MeasureResult {
  if (ctx.baselineHarm === null || ctx.planHarm === null || ctx.planHarm >= ctx.baselineHarm) return notApplicable;
  const share = Math.max(0, Math.min(1, (ctx.baselineHarm - drillHarm(ctx)) / (ctx.baselineHarm - ctx.planHarm)));
  const findings: Finding[] = share < 0.8 ? [{ item: 'outcomeAgainstPlan', code: 'outcome.belowPlan', params: { achievedPct: Math.round(share * 100) }, owner: TeamCommandPost, deadlineDays: 60 }] : [];
  return { applicable: true, share, findings };
}

export function countySupportInTime(ctx: ScoringContext): MeasureResult {
  const harmS = [...ctx.truths.values()].map((t) => t.firstHarmS).filter((s): s is number => s !== null);
  if (harmS.length === 0 || ctx.drill.scenario.countySupport.length === 0) return notApplicable;
  const firstHarmS = Math.min(...harmS);
  const request = ctx.record.events.find((e) => e.type === 'county.requested');
  const share = !request ? 0 : request.timeS - firstHarmS <= ctx.rubric.standards.countySupportS ? 1 : 0.5;
  const findings: Finding[] = share < 1 ? [{ item: 'countySupportInTime', code: 'county.late', params: { standardMin: Math.round(ctx.rubric.standards.countySupportS / 60) }, owner: TeamCommandPost, deadlineDays: 30 }] : [];
  return { applicable: true, share, findings };
}

/**
 * Units idle while needed: for every incident the players knew of, each team expected to lead or support it that has
 * units of its own and did join the response should have been at work within the first-unit standard of learning of
 * it — a unit of its sent anywhere, or the team taking part otherwise (orders about the incident, warning or moving
 * the villages in its way, closing a road beside it). Teams that never joined are the lead and support measures'
 * findings, not counted again here.
 */
export function unitsIdleWhileNeeded(ctx: ScoringContext): MeasureResult {
  const owners = new Map(ctx.drill.roster.units.map((u) => [u.id, u.owner]));
  const teamsWithUnits = new Set(owners.values());
  const dispatches = ctx.record.events.filter((e) => e.type === 'unit.dispatched');
  const findings: Finding[] = [];
  const shares: number[] = [];
  const standardMin = Math.round(ctx.rubric.standards.firstUnitOnSceneS / 60);
  for (const incident of ctx.drill.scenario.incidents) {
    const discoveredS = knownSinceS(ctx.record, TeamCommandPost, incident.id);
    if (discoveredS === null) continue;
    const firstWorkS = new Map<string, number>();
    for (const i of involvements(ctx, incident.id)) if (!firstWorkS.has(i.team)) firstWorkS.set(i.team, i.atS);
    const joined = [...new Set([...incident.expected.lead, ...incident.expected.support])].filter((t) => teamsWithUnits.has(t) && firstWorkS.has(t));
    if (joined.length === 0) continue;
    const startedWorkS = (team: string) => Math.min(firstWorkS.get(team)!, ...dispatches.filter((e) => e.timeS >= discoveredS && owners.get(e.unit) === team).map((e) => e.timeS));
    const idle = joined.filter((team) => startedWorkS(team) - discoveredS > ctx.rubric.standards.firstUnitOnSceneS);
    for (const team of idle) findings.push({ item: 'unitsIdleWhileNeeded', code: 'units.idle', params: { incident: incident.id, team, idleMin: Math.round((startedWorkS(team) - discoveredS) / 60), standardMin }, owner: team, deadlineDays: 30 });
    shares.push(1 - idle.length / joined.length);
  }
  if (shares.length === 0) return notApplicable;
  return { applicable: true, share: mean(shares), findings };
}

/**
 * Over-commitment (过度调派): when an incident becomes known while another is still being handled, the teams expected
 * to lead or support it should still have a unit to send — one at its base or on its way back. A drill that had
 * sent every unit of those teams away (to the first incident, or anywhere) had nothing left to answer with.
 */
export function overCommitment(ctx: ScoringContext): MeasureResult {
  const ended = new Map(ctx.record.events.flatMap((e) => (e.type === 'incident.ended' ? [[e.incident, e.timeS] as const] : [])));
  const known = ctx.drill.scenario.incidents.flatMap((incident: IncidentBase) => {
    const discoveredS = ctx.truths.get(incident.id)?.discoveredS ?? null;
    return discoveredS === null ? [] : [{ incident, discoveredS }];
  });
  const findings: Finding[] = [];
  const shares: number[] = [];
  for (const { incident, discoveredS } of known) {
    const busyElsewhere = known.some((other) => other.incident.id !== incident.id && other.discoveredS < discoveredS && (ended.get(other.incident.id) ?? Infinity) > discoveredS);
    const teams = new Set([...incident.expected.lead, ...incident.expected.support]);
    const theirs = ctx.drill.roster.units.filter((u) => teams.has(u.owner)).map((u) => u.id);
    if (!busyElsewhere || theirs.length === 0) continue;
    const free = ctx.stateAt(discoveredS).units.some((u) => theirs.includes(u.id) && (u.status === 'atBase' || u.status === 'returning'));
    if (!free) findings.push({ item: 'overCommitment', code: 'units.allCommitted', params: { incident: incident.id }, owner: TeamCommandPost, deadlineDays: 30 });
    shares.push(free ? 1 : 0);
  }
  if (shares.length === 0) return notApplicable;
  return { applicable: true, share: mean(shares), findings };
}

export function ordersAccepted(ctx: ScoringContext): MeasureResult {
  const orders = ctx.record.orders.filter((o) => o.order.by !== 'facilitator');
  if (orders.length === 0) return notApplicable;
  const refused = orders.filter((o) => o.rejected !== null);
  const teams = [...new Set(refused.map((o) => o.order.by))].sort();
  const findings: Finding[] = teams.map((team) => {
    const own = refused.filter((o) => o.order.by === team);
    const reasons = [...new Set(own.map((o) => o.rejected))];
    return { item: 'ordersAccepted', code: 'orders.refused', params: { team, count: own.length, reasons: reasons.join(',') }, owner: team, deadlineDays: 30 };
  });
  return { applicable: true, share: 1 - refused.length / orders.length, findings };
}

/**
 * Villages helping beyond their own patch: a village unit reaching an incident or another village. It applies
 * when an incident expects a village to take part or puts villages at risk.
 */
export function villagesHelped(ctx: ScoringContext): MeasureResult {
  const villages = new Set(ctx.drill.map.villages.map((v) => v.id));
  const involvesVillages = ctx.drill.scenario.incidents.some((i) =>
    i.villagesAtRisk.length > 0 || [...i.expected.lead, ...i.expected.support].some((t) => villages.has(t)));
  if (!involvesVillages) return notApplicable;
  const helped = ctx.record.events.some((e) => {
    if (e.type !== 'unit.arrived') return false;
    const owner = ctx.drill.roster.units.find((u) => u.id === e.unit)?.owner ?? '';
    if (!villages.has(owner)) return false;
    return 'incident' in e.target || ('place' in e.target && e.target.place !== owner);
  });
  const findings: Finding[] = helped ? [] : [{ item: 'villagesHelped', code: 'villages.noMutualAid', params: {}, owner: TeamCommandPost, deadlineDays: 60 }];
  return { applicable: true, share: helped ? 1 : 0, findings };
}
