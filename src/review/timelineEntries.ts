// The review's timeline: incident phases, orders (refused ones too), reports and injects, merged in time order,
// each tagged with its kind so the reader can filter. An order comes before the events it caused at that second.
import type { DrillRecord, RecordedOrder, SimEvent } from '../sim/index.ts';

export const timelineKinds = ['phase', 'order', 'report', 'inject'] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export type TimelineEntry =
  | { kind: 'order'; timeS: number; order: RecordedOrder }
  | { kind: Exclude<TimelineKind, 'order'>; timeS: number; event: SimEvent };

function kindOf(event: SimEvent): Exclude<TimelineKind, 'order'> | null {
  if (event.type === 'incident.started' || event.type === 'incident.phaseChanged' || event.type === 'incident.ended') return 'phase';
  if (event.type === 'report.filed') return 'report';
  if (event.type === 'inject.delivered' || event.type === 'inject.skipped' || event.type === 'inject.deferred') return 'inject';
  return null;
}

/** Every entry of the kinds asked for (all by default), oldest first. */
export function timelineEntries(record: DrillRecord, kinds: ReadonlySet<TimelineKind> = new Set(timelineKinds)): TimelineEntry[] {
  // An accepted skip or defer is told once, by the inject's own entry; a refused one stays an order.
  const told = (order: RecordedOrder): boolean => order.rejected === null && (order.order.type === 'skipInject' || order.order.type === 'deferInject');
  const orders: TimelineEntry[] = kinds.has('order') ? record.orders.filter((order) => !told(order)).map((order) => ({ kind: 'order', timeS: order.atS, order })) : [];
  const events: TimelineEntry[] = record.events.flatMap((event) => {
    const kind = kindOf(event);
    return kind && kinds.has(kind) ? [{ kind, timeS: event.timeS, event }] : [];
  });
  const merged: TimelineEntry[] = [];
  let o = 0;
  let e = 0;
  while (o < orders.length || e < events.length) {
    const order = orders[o];
    const event = events[e];
    if (order && (!event || order.timeS <= event.timeS)) { merged.push(order); o++; } else if (event) { merged.push(event); e++; }
  }
  return merged;
}
