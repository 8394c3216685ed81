// A role's duties judged on the record (a micro-drill's score sheet): for each, whether the trained team did it, when,
// and by when it was due. Only the trained team's own accepted orders count, and a duty about an incident is timed
// from when that team learnt of it; what other teams did earns it nothing and costs it nothing.
import type { Order } from '../orders/order.ts';
import type { DrillRecord } from '../record.ts';
import { warningColours } from '../scenario/vocabulary.ts';
import type { Duty, RuleId } from './dutySchema.ts';
import { filedReports, missingElements } from './filedReports.ts';
import { knownSinceS } from './knownSince.ts';
import type { RubricItem } from './rubricSchema.ts';
import type { MeasureResult, ScoringContext } from './scoringContext.ts';
import { notApplicable } from './scoringContext.ts';

export type DutyVerdict = 'onTime' | 'late' | 'missed';

/** One duty as judged: codes and figures, worded by src/i18n/training. */
export interface DutyReview {
  item: string;
  kind: Duty['kind'];
  rule: RuleId;
  verdict: DutyVerdict;
  /** When it was done (or, for a share of people moved, reached); null when never. */
  doneS: number | null;
  dueS: number;
  /** The figures behind it: the share moved, the report's missing elements … */
  params: Record<string, string | number>;
}

/** A late duty still earns this share of its points: better late than never, never as good as in time. */
export const lateShare = 0.4;

/** Whether an order (by the trained team) carries out the duty; a share of people moved is never one order's doing. */
export function matches(duty: Duty, order: Order): boolean {
  switch (duty.kind) {
    case 'report': return order.type === 'fileReport' && (duty.incident === undefined || order.incident === undefined || order.incident === duty.incident);
    case 'call': return order.type === 'relayInformation' && order.to === duty.to && order.incident === duty.incident;
    case 'dispatch': return order.type === 'dispatchUnit' && duty.units.includes(order.unit)
      && (duty.place !== undefined ? 'place' in order.to && order.to.place === duty.place : duty.incident === undefined || ('incident' in order.to && order.to.incident === duty.incident));
    case 'action': return order.type === 'actOnIncident' && order.incident === duty.incident && order.action === duty.action;
    case 'warn': return order.type === 'issueWarning' && warningColours.indexOf(order.colour) >= warningColours.indexOf(duty.colourAtLeast)
      && (order.to === 'township' || duty.villages.every((v) => (order.to as string[]).includes(v))) && (!duty.shelterInPlace || order.instruction === 'shelterInPlace');
    case 'evacuate': return order.type === 'evacuate' && order.villages !== undefined && duty.villages.every((v) => order.villages!.includes(v));
    case 'closeRoad': return order.type === 'closeRoad' && order.road === duty.road;
    case 'moved': return false;
  }
}

/** A report duty wants its first matching report complete: the elements it lacked, with the figures it carried. */
function reportMissing(ctx: ScoringContext, role: string, atS: number): string[] {
  const started = new Map([...ctx.truths].map(([id, t]) => [id, t.startedS]));
  const report = filedReports(ctx.record, started).find((r) => r.by === role && r.atS === atS);
  return report ? missingElements(report) : [];
}

function movedShare(ctx: ScoringContext, village: string, vulnerable: boolean, atS: number): number {
  const state = ctx.stateAt(atS).villages.find((v) => v.id === village);
  if (!state) return 0;
  const moved = vulnerable ? state.movedVulnerableCount : state.movedCount;
  const home = vulnerable ? state.atHomeVulnerableCount : state.atHomeCount + state.atHomeVulnerableCount;
  return moved + home === 0 ? 1 : moved / (moved + home);
}

function judgeMoved(ctx: ScoringContext, duty: Extract<Duty, { kind: 'moved' }>, dueS: number): Pick<DutyReview, 'verdict' | 'doneS' | 'params'> {
  const atDue = movedShare(ctx, duty.village, duty.vulnerable, Math.min(dueS, ctx.record.endS));
  const atEnd = movedShare(ctx, duty.village, duty.vulnerable, ctx.record.endS);
  const params = { village: duty.village, movedPct: Math.round(100 * atDue), expectedPct: Math.round(100 * duty.shareAtLeast) };
  if (atDue >= duty.shareAtLeast) return { verdict: 'onTime', doneS: Math.min(dueS, ctx.record.endS), params };
  return { verdict: atEnd >= duty.shareAtLeast ? 'late' : 'missed', doneS: atEnd >= duty.shareAtLeast ? ctx.record.endS : null, params };
}

/** When a duty's clock starts: the inject's delivery to the team, or when the team learnt of the incident, or the start. */
export function clockStartS(record: DrillRecord, duty: Duty, role: string): number | null {
  if (duty.afterInject !== undefined) {
    return record.events.find((e) => e.type === 'inject.delivered' && e.inject === duty.afterInject && e.to === role)?.timeS ?? null;
  }
  return duty.incident === undefined ? 0 : knownSinceS(record, role, duty.incident);
}

/** One duty judged, or null when it does not apply (its incident never became known to the team, or was due after the end). */
export function judgeDuty(ctx: ScoringContext, item: RubricItem, role: string): DutyReview | null {
  const duty = item.duty!;
  const startS = clockStartS(ctx.record, duty, role);
  if (startS === null) return null;
  const dueS = startS + duty.withinS;
  const base = { item: item.id, kind: duty.kind, rule: item.rule!, dueS };
  if (duty.kind === 'moved') return dueS > ctx.record.endS ? null : { ...base, ...judgeMoved(ctx, duty, dueS) };
  const done = ctx.record.orders.find((o) => o.rejected === null && o.order.by === role && o.atS >= startS && matches(duty, o.order)
    && (duty.kind !== 'report' || !duty.complete || reportMissing(ctx, role, o.atS).length === 0));
  if (!done && dueS > ctx.record.endS) return null;
  const params: Record<string, string | number> = {};
  if (duty.kind === 'report' && duty.complete && !done) {
    const first = ctx.record.orders.find((o) => o.rejected === null && o.order.by === role && o.atS >= startS && matches(duty, o.order));
    if (first) params.missing = reportMissing(ctx, role, first.atS).join(', ');
  }
  const verdict: DutyVerdict = !done ? 'missed' : done.atS <= dueS ? 'onTime' : 'late';
  return { ...base, verdict, doneS: done?.atS ?? null, params };
}

/** The measure of a roleDuty item: all its points in time, `lateShare` of them late, none when never done. */
export function roleDuty(ctx: ScoringContext, item: RubricItem): MeasureResult {
  if (ctx.role === null || !item.duty) return notApplicable;
  const review = judgeDuty(ctx, item, ctx.role);
  if (!review) return notApplicable;
  return { applicable: true, share: review.verdict === 'onTime' ? 1 : review.verdict === 'late' ? lateShare : 0, findings: [] };
}
