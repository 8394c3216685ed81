// Each team's scorecard: orders given and refused, reports filed and their faults, its units' arrivals.
import { ui } from '../../i18n/ui/uiText.ts';
import type { DrillScore } from '../../sim/index.ts';
import { h } from '../buildElement.ts';
import type { ReviewContext } from './reviewContext.ts';
import { reviewTable } from './reviewTable.ts';

export function scorecardTable(ctx: ReviewContext, score: DrillScore): HTMLElement {
  const { lang } = ctx;
  const columns = ['ordersGiven', 'ordersRefused', 'reportsFiled', 'reportsIncomplete', 'reportsUntrue', 'unitArrivals'] as const;
  const rows = score.scorecards.map((card) => [ctx.name(card.team), ...columns.map((c) => card[c])]);
  return h('section', {}, [
    h('h3', {}, [ui(lang, 'review.scorecards')]),
    reviewTable(lang, [ui(lang, 'review.col.team'), ...columns.map((c) => ui(lang, `review.col.${c}`))], rows, 'review-scorecards'),
  ]);
}
