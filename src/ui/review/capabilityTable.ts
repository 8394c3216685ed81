// The score sheet by capability: points earned of those possible, the P/S/M/U rating, and each item's points
// (or that it did not apply to this drill).
import { ui } from '../../i18n/ui/uiText.ts';
import type { DrillScore } from '../../sim/index.ts';
import { h } from '../buildElement.ts';
import type { ReviewContext } from './reviewContext.ts';
import { points, reviewTable } from './reviewTable.ts';

export function capabilityTable(ctx: ReviewContext, score: DrillScore): HTMLElement {
  const { lang } = ctx;
  const rubric = ctx.drill.world.drill.rubric;
  const itemName = (capability: string, item: string): string => {
    const found = rubric.capabilities.find((c) => c.id === capability)?.items.find((i) => i.id === item);
    return found ? (lang === 'zh' ? found.nameZh : found.nameEn) : item;
  };
  const rows = score.capabilities.map((c) => [
    lang === 'zh' ? c.nameZh : c.nameEn,
    c.possible > 0 ? `${points(c.earned)} / ${points(c.possible)}` : '—',
    h('span', { className: `rating rating-${c.rating ?? 'none'}` }, [ui(lang, c.rating ? `review.rating.${c.rating}` : 'review.rating.none')]),
    h('ul', { className: 'items' }, c.items.map((i) => h('li', { className: i.applicable ? '' : 'muted' }, [i.applicable
      ? ui(lang, 'review.item', { name: itemName(c.id, i.id), earned: points(i.earned), possible: points(i.possible) })
      : ui(lang, 'review.itemNotApplicable', { name: itemName(c.id, i.id) })]))),
  ]);
  return h('section', {}, [
    h('h3', {}, [ui(lang, 'review.capabilities')]),
    reviewTable(lang, [ui(lang, 'review.col.capability'), ui(lang, 'review.col.points'), ui(lang, 'review.col.rating'), ui(lang, 'review.col.items')], rows, 'review-capabilities'),
  ]);
}
