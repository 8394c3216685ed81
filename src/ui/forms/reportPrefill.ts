// What a report form starts from, so nobody types the same thing twice: a follow-up (续报) carries the team's
// last report on the incident forward, to be corrected; the time it happened is what was last reported, else the
// incident's start once someone in the drill knows of it, else now. The form shows times of day in 24 h.
import type { SimState } from '../../sim/index.ts';
import { requiredElements } from '../../sim/index.ts';
import { clockAt } from '../../i18n/clock.ts';

type FiledReport = SimState['reports'][number];
export type ReportElements = FiledReport['elements'];

export interface ReportPrefill {
  kind: 'initial' | 'followUp';
  /** The team's last report's elements on this incident, or none. */
  elements: ReportElements;
  occurredAtS: number;
}

export function reportPrefill(state: SimState, by: string, incident: string | null): ReportPrefill {
  const own = state.reports.filter((r) => r.by === by && r.incident === incident);
  const last = own.at(-1);
  const known = state.incidents.find((i) => i.id === incident && i.discoveredS !== null);
  return {
    kind: own.some((r) => r.kind === 'initial') ? 'followUp' : 'initial',
    elements: last ? structuredClone(last.elements) : {},
    occurredAtS: last?.elements.occurredAtS ?? known?.startedS ?? state.timeS,
  };
}

/** `HH:MM` in 24 h for a sim second, whatever the browser's locale. */
export function timeOfDay(start: string, timeS: number): string {
  return clockAt(start, timeS).slice(0, 5);
}

/** The elements the regulations require that a report leaves out (the same list the scoring judges 漏报 by). */
export function missingReportElements(elements: ReportElements): (typeof requiredElements)[number][] {
  return requiredElements.filter((e) => elements[e] === undefined);
}
