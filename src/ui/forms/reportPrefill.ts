// What a report form starts from, so nobody types the same thing twice: a follow-up (续报) carries the team's
// last report on the incident forward, to be corrected; the time it happened is what was last reported, else when the
// team came to know of the incident, else now. It reads the team's view (its own orders, what it knows), never the
// drill's state. The form shows times of day in 24 h.
import type { TeamView } from '../../sim/index.ts';
import { requiredElements } from '../../sim/index.ts';
import { clockAt } from '../../i18n/clock.ts';

type FileReportOrder = Extract<TeamView['orders'][number]['order'], { type: 'fileReport' }>;
export type ReportElements = FileReportOrder['elements'];

export interface ReportPrefill {
  kind: 'initial' | 'followUp';
  /** The team's last report's elements on this incident, or none. */
  elements: ReportElements;
  occurredAtS: number;
}

/** The team's own reports on the incident (null: on no incident) the core accepted, in the order filed. */
function ownReports(view: TeamView, incident: string | null): FileReportOrder[] {
  return view.orders.flatMap((o) => (o.rejected === null && o.order.type === 'fileReport' && (o.order.incident ?? null) === incident ? [o.order] : []));
}

/** Where `view.team`'s report on `incident` starts. */
export function reportPrefill(view: TeamView, incident: string | null): ReportPrefill {
  const own = ownReports(view, incident);
  const last = own.at(-1);
  const known = view.incidents.find((i) => i.id === incident);
  return {
    kind: own.some((r) => r.kind === 'initial') ? 'followUp' : 'initial',
    elements: last ? structuredClone(last.elements) : {},
    occurredAtS: last?.elements.occurredAtS ?? known?.knownSinceS ?? view.timeS,
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
