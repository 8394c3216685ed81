// The card of a selected station, facility, shelter or named place: what it is, the units based there, and
// orders that fit it — open a shelter, send a unit there.
import { ui } from '../../i18n/ui/uiText.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { button, fill, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { listText } from '../listText.ts';
import { createOutcomeLine } from '../outcomeLine.ts';
import { dispatchHere } from './dispatchHere.ts';
import type { SelectionCard } from './selectionCard.ts';
import { actions, cardFrame, fact } from './selectionCard.ts';

function describe(ctx: TabletopController, kind: 'station' | 'facility' | 'shelter' | 'place', id: string): string {
  const lang = ctx.language();
  const map = ctx.drill.map;
  switch (kind) {
    case 'station': { const s = map.stations.find((x) => x.id === id); return s ? ui(lang, `stationKind.${s.kind}`) : ''; }
    case 'facility': {
      const f = map.facilities.find((x) => x.id === id);
      return f ? ui(lang, 'facility.profile', { domain: ui(lang, `domain.${f.domain}`), occupants: f.occupants }) : '';
    }
    case 'shelter': { const s = map.shelters.find((x) => x.id === id); return s ? ui(lang, 'shelter.capacity', { capacity: s.capacity }) : ''; }
    case 'place': return ui(lang, 'legend.marker.place');
  }
}

export function objectCard(ctx: TabletopController, kind: 'station' | 'facility' | 'shelter' | 'place', id: string): SelectionCard {
  const lang = ctx.language();
  const based = ctx.drill.roster.units.filter((u) => u.base === id).map((u) => (lang === 'zh' ? u.nameZh : u.nameEn));
  const facts = h('div', { className: 'facts' });
  const outcome = createOutcomeLine(() => ctx.world);
  const open = kind === 'shelter' ? button(ui(lang, 'order.openShelter'), () => {
    outcome.show(ctx.give({ type: 'openShelter', by: ctx.actingAs(), shelter: id }), lang, ui(lang, 'order.shelterOpened'));
  }, { attrs: { 'data-testid': 'open-shelter' } }) : null;
  const refresh = (): void => {
    if (kind !== 'shelter') return;
    const state = ctx.view().shelters.find((s) => s.id === id);
    if (!state) return;
    fill(facts, [fact(ui(lang, 'shelter.state'), ui(lang, state.open ? 'shelter.open' : 'shelter.closed')), fact(ui(lang, 'shelter.occupants'), state.occupantCount)]);
    if (open) open.hidden = state.open;
  };
  const element = cardFrame(displayName(ctx.world, id, lang), describe(ctx, kind, id), [
    facts,
    based.length > 0 ? fact(ui(lang, 'object.unitsBased'), listText(lang, based)) : null,
    open ? actions(ui(lang, 'shelter.actions'), [open]) : null,
    actions(ui(lang, 'order.sendUnitHere'), [dispatchHere(ctx, { place: id })]),
    outcome.element,
  ], `${kind}-card`);
  refresh();
  return { element, refresh };
}
