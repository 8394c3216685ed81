// "Move them to": a drop-down of the shelters, each with its room left and whether it is open yet, and a
// button that orders the evacuation of the given villages (or area) there.
import { ui } from '../../i18n/ui/uiText.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { button, h } from '../buildElement.ts';
import { createOutcomeLine } from '../outcomeLine.ts';

export function evacuateControls(ctx: TabletopController, who: { villages: string[] } | { area: { xM: number; yM: number; radiusM: number } }): HTMLElement {
  const lang = ctx.language();
  const map = ctx.drill.map;
  const shelters = h('select', { attrs: { 'data-testid': 'shelter-select', 'aria-label': ui(lang, 'order.shelter') } }, map.shelters.map((s) => {
    const state = ctx.view().shelters.find((x) => x.id === s.id);
    const room = Math.max(0, s.capacity - (state?.occupantCount ?? 0));
    const label = ui(lang, state?.open ? 'shelter.optionOpen' : 'shelter.optionClosed', { name: lang === 'zh' ? s.nameZh : s.nameEn, room });
    return h('option', { attrs: { value: s.id } }, [label]);
  }));
  const outcome = createOutcomeLine(() => ctx.world);
  const go = button(ui(lang, 'order.evacuate'), () => {
    const result = ctx.give({ type: 'evacuate', by: ctx.actingAs(), ...who, shelter: shelters.value });
    outcome.show(result, lang, ui(lang, 'order.evacuationOrdered'));
  }, { className: 'primary', attrs: { 'data-testid': 'evacuate' } });
  return h('div', { className: 'order-row' }, [shelters, go, outcome.element]);
}
