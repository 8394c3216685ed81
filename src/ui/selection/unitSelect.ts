// A drop-down of the units on the map that the acting team may send (every unit for the command post), with
// their status, so a dispatch can start from the place or incident rather than from the unit.
import { ui } from '../../i18n/ui/uiText.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { h } from '../buildElement.ts';

/** The team that commands a unit now, as the core decides it (command post for county forces). */
export function commanderOf(ctx: TabletopController, unitId: string): string {
  const unit = ctx.state().units.find((u) => u.id === unitId);
  const def = ctx.world.units.get(unitId);
  return unit?.assignedTo ?? (def?.owner === 'county' ? 'command-post' : (def?.owner ?? 'command-post'));
}

export function unitSelect(ctx: TabletopController, options: { testId: string; onScene?: string }): HTMLSelectElement {
  const lang = ctx.language();
  const acting = ctx.actingAs();
  const units = ctx.state().units.filter((u) => {
    if (u.status === 'offMap' || u.status === 'incoming') return false;
    if (options.onScene !== undefined) return u.status === 'onScene' && u.target !== null && 'incident' in u.target && u.target.incident === options.onScene;
    return acting === 'command-post' || commanderOf(ctx, u.id) === acting;
  });
  return h('select', { attrs: { 'data-testid': options.testId, 'aria-label': ui(lang, 'order.unit') } }, [
    h('option', { attrs: { value: '' } }, [ui(lang, options.onScene !== undefined ? 'order.chooseUnitOnScene' : 'order.chooseUnit')]),
    ...units.map((u) => {
      const def = ctx.world.units.get(u.id);
      const label = `${def ? (lang === 'zh' ? def.nameZh : def.nameEn) : u.id} · ${ui(lang, `unitStatus.${u.status}`)}`;
      return h('option', { attrs: { value: u.id } }, [label]);
    }),
  ]);
}
