// The card of a selected road: its class and whether it is open; close it or open it again (the command post,
// the traffic police and the police station may — the core says so if the acting team may not).
import { ui } from '../../i18n/ui/uiText.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { button, fill, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { createOutcomeLine } from '../outcomeLine.ts';
import type { SelectionCard } from './selectionCard.ts';
import { actions, cardFrame, fact } from './selectionCard.ts';

export function roadCard(ctx: TabletopController, id: string): SelectionCard {
  const lang = ctx.language();
  const road = ctx.drill.map.roads.find((r) => r.id === id);
  const outcome = createOutcomeLine(() => ctx.world);
  const facts = h('div', { className: 'facts' });
  const close = button(ui(lang, 'order.closeRoad'), () => outcome.show(ctx.give({ type: 'closeRoad', by: ctx.actingAs(), road: id }), lang, ui(lang, 'order.roadClosed')), { attrs: { 'data-testid': 'close-road' } });
  const reopen = button(ui(lang, 'order.reopenRoad'), () => outcome.show(ctx.give({ type: 'reopenRoad', by: ctx.actingAs(), road: id }), lang, ui(lang, 'order.roadReopened')), { attrs: { 'data-testid': 'reopen-road' } });
  const refresh = (): void => {
    const closed = ctx.view().closedRoads.includes(id);
    fill(facts, [fact(ui(lang, 'road.state'), ui(lang, closed ? 'road.closed' : 'road.open'))]);
    close.hidden = closed;
    reopen.hidden = !closed;
  };
  const subtitle = road ? `${ui(lang, `legend.road.${road.roadClass}`)}${road.bridge ? ` · ${ui(lang, 'legend.bridge')}` : ''}` : '';
  const element = cardFrame(displayName(ctx.world, id, lang), subtitle, [facts, actions(ui(lang, 'road.actions'), [close, reopen]), outcome.element], 'road-card');
  refresh();
  return { element, refresh };
}
