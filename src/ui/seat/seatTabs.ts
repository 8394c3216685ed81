// The seat's tabs and what each holds: its units, the incidents it knows, the messages it received, its reports,
// and a button for every order of its authority.
import { clockAt } from '../../i18n/clock.ts';
import { recordedRefusalText } from '../../i18n/refusalText.ts';
import type { Language } from '../../i18n/translate.ts';
import { translate } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { World } from '../../sim/index.ts';
import type { Child } from '../buildElement.ts';
import { button, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { phaseLabel } from '../forms/statedPhase.ts';
import type { CardContext } from './seatCards.ts';
import { incidentCard, unitCard } from './seatCards.ts';
import { isIncoming, messageText, messageTime } from './seatMessages.ts';
import { openSeatOrder } from './seatOrderSheets.ts';
import { seatOrders } from './seatOrders.ts';

export const seatTabs = ['incidents', 'units', 'messages', 'reports', 'orders'] as const;
export type SeatTab = (typeof seatTabs)[number];

const empty = (text: string): HTMLElement => h('p', { className: 'seat-empty' }, [text]);

function messagesTab(ctx: CardContext, world: World, lang: Language): Child[] {
  const messages = [...ctx.view.messages].reverse();
  if (messages.length === 0) return [empty(ui(lang, 'seat.noMessages'))];
  return [h('ol', { className: 'seat-list', attrs: { 'data-testid': 'seat-messages' } }, messages.map((m) =>
    h('li', { className: isIncoming(m, ctx.view.team) ? 'incoming' : 'outgoing' }, [h('time', {}, [messageTime(world, m)]), ' ', messageText(world, m, lang)])))];
}

function reportsTab(ctx: CardContext, world: World, lang: Language): Child[] {
  const reports = ctx.view.orders.filter((o) => o.order.type === 'fileReport').reverse();
  return [
    button(ui(lang, 'seat.order.fileReport'), () => openSeatOrder(ctx.desk, 'fileReport'), { className: 'primary seat-wide', attrs: { 'data-testid': 'seat-new-report' } }),
    reports.length === 0 ? empty(ui(lang, 'seat.noReports')) : h('ol', { className: 'seat-list', attrs: { 'data-testid': 'seat-reports' } }, reports.map((r) => {
      const order = r.order.type === 'fileReport' ? r.order : null;
      const what = order ? translate(lang, `report.${order.kind}`) : '';
      const about = order?.incident ? ` · ${displayName(world, order.incident, lang)}` : '';
      const factor = order?.incident ? ctx.view.incidents.find((i) => i.id === order.incident)?.factor : undefined;
      const stated = order?.phase !== undefined && factor !== undefined ? ` · ${ui(lang, 'report.phaseStated', { phase: phaseLabel(factor, order.phase, lang) })}` : '';
      const outcome = r.rejected === null ? ui(lang, 'seat.report.filed') : recordedRefusalText(world, lang, r);
      return h('li', {}, [h('time', {}, [clockAt(world.drill.scenario.start, r.atS).slice(0, 5)]), ' ', `${what}${about}${stated} — ${outcome}`]);
    })),
  ];
}

export function tabContent(tab: SeatTab, ctx: CardContext, world: World): Child[] {
  const { lang, view } = ctx;
  switch (tab) {
    case 'units': return view.units.length === 0 ? [empty(ui(lang, 'seat.noUnits'))] : view.units.map((u) => unitCard(ctx, u));
    case 'incidents': return view.incidents.length === 0 ? [empty(ui(lang, 'seat.noIncidents'))] : view.incidents.map((i) => incidentCard(ctx, i));
    case 'messages': return messagesTab(ctx, world, lang);
    case 'reports': return reportsTab(ctx, world, lang);
    case 'orders': return [h('div', { className: 'seat-order-grid' }, seatOrders(world, view.team).map((order) =>
      button(ui(lang, `seat.order.${order}`), () => openSeatOrder(ctx.desk, order), { attrs: { 'data-testid': `seat-order-${order}` } })))];
  }
}
