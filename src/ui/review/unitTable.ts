// Per unit that took part: its team, how often it was sent, its first arrival on scene, its time out and idle;
// and the units on hand that were never sent.
import { durationText } from '../../i18n/clock.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { unitRows } from '../../review/unitRows.ts';
import { h } from '../buildElement.ts';
import { listText } from '../listText.ts';
import type { ReviewContext } from './reviewContext.ts';
import { reviewTable } from './reviewTable.ts';

export function unitTable(ctx: ReviewContext): HTMLElement {
  const { lang } = ctx;
  const { rows, unused } = unitRows(ctx.drill.world, ctx.drill.record, ctx.drill.state);
  const headers = (['unit', 'team', 'dispatches', 'firstOnScene', 'busy', 'idle'] as const).map((c) => ui(lang, `review.col.${c}`));
  return h('section', {}, [
    h('h3', {}, [ui(lang, 'review.units')]),
    reviewTable(lang, headers, rows.map((r) => [
      ctx.name(r.unit), ctx.name(r.team), r.dispatchCount, r.firstOnSceneS !== null ? ctx.at(r.firstOnSceneS) : '—',
      durationText(lang, r.busyS), durationText(lang, r.idleS),
    ]), 'review-units'),
    unused.length > 0 ? h('p', { className: 'muted' }, [ui(lang, 'review.unused', { units: listText(lang, unused.map((id) => ctx.name(id))) })]) : null,
  ]);
}
