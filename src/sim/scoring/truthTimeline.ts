// The ground truth of a drill as it unfolded, read from the record: when each incident began, who knew of it
// and when, and its toll at any moment — what reports are judged against.
import type { SimEvent } from '../events.ts';
import type { CasualtyCounts } from '../incidents/incidentState.ts';
import type { DrillRecord } from '../record.ts';

export interface IncidentTruth {
  id: string;
  startedS: number | null;
  discoveredS: number | null;
  discoveredBy: string | null;
  /** The first moment anyone was hurt, killed or went missing; null when nobody was. */
  firstHarmS: number | null;
  /** Casualty changes in time order, for the toll at any moment. */
  changes: { timeS: number; delta: CasualtyCounts }[];
  /** The loss so far after each change, in time order. */
  losses: { timeS: number; lossYuan: number }[];
  /** Each phase it entered, in time order, and when it ended (null: not over by the end of the drill). */
  phases: { timeS: number; phase: string }[];
  endedS: number | null;
}

const zero = (): CasualtyCounts => ({ deadCount: 0, injuredCount: 0, seriousInjuredCount: 0, missingCount: 0 });

export function truthOf(record: DrillRecord, incidentIds: readonly string[]): Map<string, IncidentTruth> {
  const truths = new Map(incidentIds.map((id) => [id, { id, startedS: null, discoveredS: null, discoveredBy: null, firstHarmS: null, changes: [], losses: [], phases: [], endedS: null }]));
  for (const e of record.events) readEvent(truths, e);
  return truths;
}

function readEvent(truths: Map<string, IncidentTruth>, e: SimEvent): void {
  if (e.type !== 'incident.started' && e.type !== 'incident.discovered' && e.type !== 'incident.casualties' && e.type !== 'incident.loss'
    && e.type !== 'incident.phaseChanged' && e.type !== 'incident.ended') return;
  const truth = truths.get(e.incident);
  if (!truth) return;
  if (e.type === 'incident.phaseChanged') truth.phases.push({ timeS: e.timeS, phase: e.to });
  if (e.type === 'incident.ended') truth.endedS ??= e.timeS;
  if (e.type === 'incident.started') truth.startedS = e.timeS;
  if (e.type === 'incident.discovered') { truth.discoveredS = e.timeS; truth.discoveredBy = e.by; }
  if (e.type === 'incident.loss') truth.losses.push({ timeS: e.timeS, lossYuan: e.lossYuan });
  if (e.type === 'incident.casualties') {
    truth.changes.push({ timeS: e.timeS, delta: { deadCount: e.deadCount, injuredCount: e.injuredCount, seriousInjuredCount: e.seriousInjuredCount, missingCount: e.missingCount } });
    if (truth.firstHarmS === null && (e.deadCount > 0 || e.injuredCount > 0 || e.missingCount > 0)) truth.firstHarmS = e.timeS;
  }
}

/** The toll at `timeS`, counting changes at that very second. */
export function tollAt(truth: IncidentTruth, timeS: number): CasualtyCounts {
  const toll = zero();
  for (const { timeS: t, delta } of truth.changes) {
    if (t > timeS) break;
    for (const key of Object.keys(toll) as (keyof CasualtyCounts)[]) toll[key] += delta[key];
  }
  return toll;
}

/** The times at which the toll changed, after `fromS`. */
export function tollChangesAfter(truth: IncidentTruth, fromS: number): number[] {
  return [...new Set(truth.changes.filter((c) => c.timeS > fromS).map((c) => c.timeS))];
}

/** The phase the incident was in at `timeS` (changes at that very second count); null before it began. */
export function phaseAt(truth: IncidentTruth, timeS: number): string | null {
  let phase: string | null = null;
  for (const p of truth.phases) {
    if (p.timeS > timeS) break;
    phase = p.phase;
  }
  return phase;
}

/** The loss so far at `timeS`. */
export function lossAt(truth: IncidentTruth, timeS: number): number {
  let loss = 0;
  for (const l of truth.losses) {
    if (l.timeS > timeS) break;
    loss = l.lossYuan;
  }
  return loss;
}

/** The times at which the deaths, injured or missing changed, after `fromS` (serious injuries alone are not news). */
export function casualtyChangesAfter(truth: IncidentTruth, fromS: number): number[] {
  const changed = truth.changes.filter((c) => c.timeS > fromS && (c.delta.deadCount !== 0 || c.delta.injuredCount !== 0 || c.delta.missingCount !== 0));
  return [...new Set(changed.map((c) => c.timeS))];
}
