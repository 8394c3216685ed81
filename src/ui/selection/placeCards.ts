// Cards for a bare point clicked on the map and for a circle drawn on it: send a unit to the point; move the
// people of the villages inside the circle to a shelter, or warn them.
import { ui } from '../../i18n/ui/uiText.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { button, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { listText } from '../listText.ts';
import { dispatchHere } from './dispatchHere.ts';
import { evacuateControls } from './evacuateControls.ts';
import type { SelectionCard } from './selectionCard.ts';
import { actions, cardFrame, fact } from './selectionCard.ts';

const km = (m: number): string => (m / 1000).toFixed(2);

export function pointCard(ctx: TabletopController, point: { xM: number; yM: number }): SelectionCard {
  const lang = ctx.language();
  const element = cardFrame(ui(lang, 'point.title'), ui(lang, 'point.at', { x: km(point.xM), y: km(point.yM) }), [
    actions(ui(lang, 'order.sendUnitHere'), [dispatchHere(ctx, { xM: point.xM, yM: point.yM })]),
  ], 'point-card');
  return { element, refresh: () => undefined };
}

export function areaCard(ctx: TabletopController, area: { xM: number; yM: number; radiusM: number }, openWarning: (villages: string[]) => void): SelectionCard {
  const lang = ctx.language();
  const inside = ctx.drill.map.villages.filter((v) => Math.hypot(v.at.xM - area.xM, v.at.yM - area.yM) <= area.radiusM).map((v) => v.id);
  const element = cardFrame(ui(lang, 'area.title'), ui(lang, 'area.radius', { km: km(area.radiusM) }), [
    fact(ui(lang, 'area.villages'), inside.length > 0 ? listText(lang, inside.map((id) => displayName(ctx.world, id, lang))) : ui(lang, 'area.noVillages')),
    actions(ui(lang, 'village.evacuateTo'), [evacuateControls(ctx, { area: { xM: area.xM, yM: area.yM, radiusM: area.radiusM } })]),
    inside.length > 0 ? actions(ui(lang, 'village.warn'), [button(ui(lang, 'order.warningForm'), () => openWarning(inside), { attrs: { 'data-testid': 'warn-area' } })]) : null,
    h('p', { className: 'card-note' }, [ui(lang, 'area.note')]),
  ], 'area-card');
  return { element, refresh: () => undefined };
}
