// A drop-down of the places a unit can be sent: the incidents the ordering team knows of, then villages, shelters,
// named places, stations and facilities, grouped and named in the chosen language.
import type { Target } from '../../sim/index.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { h } from '../buildElement.ts';

export function targetSelect(ctx: TabletopController, options: { testId: string }): HTMLSelectElement {
  const lang = ctx.language();
  const map = ctx.drill.map;
  const name = (o: { nameZh: string; nameEn: string }): string => (lang === 'zh' ? o.nameZh : o.nameEn);
  const group = (label: string, entries: readonly (readonly [string, string])[]) =>
    (entries.length > 0 ? h('optgroup', { attrs: { label } }, entries.map(([value, text]) => h('option', { attrs: { value } }, [text]))) : null);
  const incidents = ctx.knownIncidents().filter((i) => !i.ended)
    .map((i) => [`incident:${i.id}`, lang === 'zh' ? i.titleZh : i.titleEn] as const);
  const places = (list: readonly { id: string; nameZh: string; nameEn: string }[]) => list.map((o) => [`place:${o.id}`, name(o)] as const);
  return h('select', { attrs: { 'data-testid': options.testId, 'aria-label': ui(lang, 'order.target') } }, [
    h('option', { attrs: { value: '' } }, [ui(lang, 'order.chooseTarget')]),
    group(ui(lang, 'group.incidents'), incidents),
    group(ui(lang, 'group.villages'), places(map.villages)),
    group(ui(lang, 'group.shelters'), places(map.shelters)),
    group(ui(lang, 'group.places'), places(map.places)),
    group(ui(lang, 'group.stations'), places(map.stations)),
    group(ui(lang, 'group.facilities'), places(map.facilities)),
  ]);
}

/** The target a value of targetSelect names, or null for none. */
export function targetOf(value: string): Target | null {
  const [kind, id] = value.split(':');
  if (!id) return null;
  return kind === 'incident' ? { incident: id } : { place: id };
}
