// A drop-down of the units on the map that the acting team may send (every unit for the command post), with
// their status, so a dispatch can start from the place or incident rather than from the unit.
import { ui } from '../../i18n/ui/uiText.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { h } from '../buildElement.ts';

/** The team that commands a unit now, as the core decides it (command post for county forces). */
export function commanderOf(ctx: TabletopController, unitId: string): string {
  const unit = ctx.view().units.find((u) => u.id === unitId);
  const def = ctx.world.units.get(unitId);
  return unit?.assignedTo ?? (def?.owner === 'county' ? 'command-post' : (def?.owner ?? 'command-post'));
}

export function unitSelect(ctx: TabletopController, options: { testId: string; onScene?: string }): HTMLSelectElement {
  const lang = ctx.language();
  const acting = ctx.actingAs();
  const units = ctx.view().units.filter((u) => {
    if (u.status === 'offMap' || u.status === 'incoming') return false;
    if (options.onScene !== undefined) return u.status === 'onScene' && u.target !== null && 'incident' in u.target && u.target.incident === options.onScene;
    return acting === 'command-post' || commanderOf(ctx, u.id) === acting;
  });
  const label = (id: string): string => {
    const def = ctx.world.units.get(id);
    const status = ctx.view().units.find((u) => u.id === id)?.status;
    return `${def ? (lang === 'zh' ? def.nameZh : def.nameEn) : id}${status ? ` · ${ui(lang, `unitStatus.${status}`)}` : ''}`;
  };
  const element = h('select', { attrs: { 'data-testid': options.testId, 'aria-label': ui(lang, 'order.unit') } }, [
    h('option', { attrs: { value: '' } }, [ui(lang, options.onScene !== undefined ? 'order.chooseUnitOnScene' : 'order.chooseUnit')]),
    ...units.map((u) => h('option', { attrs: { value: u.id } }, [label(u.id)])),
  ]);
  // Each unit's status stays live (a unit sent off no longer reads "at base") for as long as the list is on the page.
  let shown = false;
  const stop = ctx.session.subscribe(() => {
    if (!element.isConnected) { if (shown) stop(); return; }
    shown = true;
    for (const option of element.options) {
      if (!option.value) continue;
      const text = label(option.value);
      if (option.text !== text) option.text = text;
    }
  });
  return element;
}
