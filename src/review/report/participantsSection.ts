// 参演单位: the teams that gave orders or had units on scene, from the scorecards (orders, refusals, reports,
// arrivals), and how often the facilitator worked the injects.
import { listText } from '../../ui/listText.ts';
import type { ReportContext } from './reportContext.ts';
import type { ReportBlock, ReportSection } from './reportModel.ts';

export function participantsSection(ctx: ReportContext): ReportSection {
  const { data, lang, t } = ctx;
  const cards = data.score.scorecards;
  const facilitatorOrders = data.record.orders.filter((o) => o.order.by === 'facilitator').length;
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: cards.length > 0
    ? t('exports.participants.count', { count: cards.length, teams: listText(lang, cards.map((c) => ctx.name(c.team))) })
    : t('exports.participants.none') }];
  if (cards.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [t('exports.col.team'), t('exports.csv.ordersGiven'), t('exports.csv.ordersRefused'), t('exports.csv.reportsFiled'), t('exports.csv.unitArrivals')],
      rows: cards.map((c) => [ctx.name(c.team), String(c.ordersGiven), String(c.ordersRefused), String(c.reportsFiled), String(c.unitArrivals)]),
    });
  }
  if (facilitatorOrders > 0) blocks.push({ kind: 'paragraph', text: t('exports.participants.facilitator', { count: facilitatorOrders }) });
  return { id: 'participants', title: t('exports.section.participants'), blocks };
}
