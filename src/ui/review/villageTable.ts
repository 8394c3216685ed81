// Per village: when it was warned, when its evacuation was ordered and completed, how many of its people moved.
// The record counts casualties by incident, not by village, and the table says so rather than guess.
import { durationText } from '../../i18n/clock.ts';
import { translate } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { villageRows } from '../../review/villageRows.ts';
import { h } from '../buildElement.ts';
import type { ReviewContext } from './reviewContext.ts';
import { reviewTable } from './reviewTable.ts';

export function villageTable(ctx: ReviewContext): HTMLElement {
  const { lang } = ctx;
  const rows = villageRows(ctx.drill.record, ctx.drill.state).map((r) => [
    ctx.name(r.village),
    r.warning ? `${ctx.at(r.warning.atS)} · ${translate(lang, `colour.${r.warning.colour}`)}` : '—',
    r.evacuation ? `${ctx.at(r.evacuation.orderedS)} → ${ctx.name(r.evacuation.shelter)}` : '—',
    r.evacuation?.completedS != null ? `${ctx.at(r.evacuation.completedS)} (${durationText(lang, r.evacuation.completedS - r.evacuation.orderedS)})`
      : r.evacuation?.stalled ? ui(lang, 'review.stalled') : '—',
    ui(lang, 'review.movedOf', { moved: r.movedCount, residents: r.residentCount, vulnerable: r.movedVulnerableCount }),
  ]);
  return h('section', {}, [
    h('h3', {}, [ui(lang, 'review.villages')]),
    reviewTable(lang, (['village', 'warned', 'evacOrdered', 'evacCompleted', 'moved'] as const).map((c) => ui(lang, `review.col.${c}`)), rows, 'review-villages'),
    h('p', { className: 'muted' }, [ui(lang, 'review.casualtiesUnknown')]),
  ]);
}
