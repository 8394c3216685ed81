// The reports players filed, read back from the record's accepted orders (with the figures a report "from what the
// reporter knows" carried when filed), each tied to the incident it is about.
import type { DrillRecord } from '../record.ts';
import type { ReportElements } from '../state/reportElements.ts';
import { TeamCommandPost } from '../scenario/vocabulary.ts';

export interface FiledReportView {
  atS: number;
  by: string;
  to: 'command-post' | 'county';
  kind: 'initial' | 'followUp';
  incident: string | null;
  elements: ReportElements;
  /** The incident's phase as the report stated it (a 续报 that the fire is out), or null when it stated none. */
  phase: string | null;
}

/**
 * Reports in the order they were filed. A report that names no incident is taken to be about the drill's only
 * incident when exactly one had started by then.
 */
export function filedReports(record: DrillRecord, startedAt: Map<string, number | null>): FiledReportView[] {
  const filedEvents = record.events.filter((e) => e.type === 'report.filed');
  const out: FiledReportView[] = [];
  for (const { atS, order, rejected } of record.orders) {
    if (rejected !== null || order.type !== 'fileReport') continue;
    const figures = filedEvents[out.length]?.figures;
    const started = [...startedAt].filter(([, s]) => s !== null && s <= atS).map(([id]) => id);
    const incident = order.incident ?? (started.length === 1 ? started[0]! : null);
    out.push({ atS, by: order.by, to: order.by === TeamCommandPost ? 'county' : 'command-post', kind: order.kind, incident,
      elements: figures ? { ...order.elements, ...figures } : order.elements, phase: order.phase ?? null });
  }
  return out;
}

/** The six elements of Art. 12 a report must carry; `other` (其他应当报告的情况) may rightly be empty. */
export const requiredElements = ['unit', 'occurredAtS', 'place', 'scene', 'course', 'casualties', 'estimatedLossYuan', 'measures'] as const;

export function missingElements(report: FiledReportView): string[] {
  return requiredElements.filter((e) => report.elements[e] === undefined);
}
