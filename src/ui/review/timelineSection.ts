// The timeline: incident phases, orders (refused ones marked with the reason), reports and injects, oldest
// first, with a check box per kind to show or hide it.
import { describeEvent } from '../../i18n/describeEvent.ts';
import { recordedRefusalText } from '../../i18n/refusalText.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { TimelineEntry, TimelineKind } from '../../review/timelineEntries.ts';
import { timelineEntries, timelineKinds } from '../../review/timelineEntries.ts';
import { h } from '../buildElement.ts';
import { orderSubject } from './orderSubject.ts';
import type { ReviewContext } from './reviewContext.ts';

function entryText(ctx: ReviewContext, entry: TimelineEntry): string {
  if (entry.kind !== 'order') return describeEvent(ctx.drill.world, entry.event, ctx.lang);
  const { order, rejected } = entry.order;
  const subject = orderSubject(ctx, order);
  const line = ui(ctx.lang, 'review.orderLine', { by: ctx.name(order.by), order: ui(ctx.lang, `orderType.${order.type}`) }) + (subject ? ` · ${subject}` : '');
  return rejected === null ? line : `${line} · ${ui(ctx.lang, 'review.refused', { reason: recordedRefusalText(ctx.drill.world, ctx.lang, entry.order) })}`;
}

export function timelineSection(ctx: ReviewContext, shown: ReadonlySet<TimelineKind>, toggle: (kind: TimelineKind) => void): HTMLElement {
  const { lang } = ctx;
  const entries = timelineEntries(ctx.drill.record, shown);
  const filters = timelineKinds.map((kind) => {
    const box = h('input', { attrs: { type: 'checkbox', 'data-testid': `timeline-kind-${kind}` }, on: { change: () => toggle(kind) } });
    box.checked = shown.has(kind);
    return h('label', { className: 'kind' }, [box, ' ', ui(lang, `review.kind.${kind}`)]);
  });
  return h('section', { attrs: { 'data-testid': 'review-timeline' } }, [
    h('h3', {}, [ui(lang, 'review.timeline')]),
    h('div', { className: 'timeline-filters' }, [...filters, h('span', { className: 'muted' }, [ui(lang, 'review.timeline.count', { count: entries.length })])]),
    h('ol', { className: 'timeline' }, entries.map((entry) => h('li', {
      className: `kind-${entry.kind}${entry.kind === 'order' && entry.order.rejected !== null ? ' refused' : ''}`,
      attrs: { 'data-kind': entry.kind },
    }, [h('time', {}, [ctx.at(entry.timeS)]), ' ', entryText(ctx, entry)]))),
  ]);
}
