// The cards of the seat's units and incidents tabs: what the team has and knows, each with large buttons for the
// orders that start from it. Every order goes through the desk; its outcome is told on the seat's outcome line.
import { clockAt } from '../../i18n/clock.ts';
import { translate } from '../../i18n/translate.ts';
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { IncidentView, TeamView, UnitView } from '../../sim/index.ts';
import { button, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { phaseLabel } from '../forms/statedPhase.ts';
import { listText } from '../listText.ts';
import { incidentActions } from '../selection/incidentActions.ts';
import type { SeatDesk } from './SeatDesk.ts';
import { openSeatOrder } from './seatOrderSheets.ts';

export interface CardContext {
  desk: SeatDesk;
  view: TeamView;
  lang: Language;
  /** Gives an order from a card and tells its outcome with `doneText`. */
  give(order: Parameters<SeatDesk['give']>[0], doneText: string): void;
}

const fact = (label: string, value: string): HTMLElement => h('p', { className: 'seat-fact' }, [h('span', {}, [label]), ' ', h('strong', {}, [value])]);

function targetName(ctx: CardContext, unit: UnitView): string | null {
  if (unit.target === null) return null;
  if ('place' in unit.target) return displayName(ctx.desk.world, unit.target.place, ctx.lang);
  if ('incident' in unit.target) return displayName(ctx.desk.world, unit.target.incident, ctx.lang);
  return ui(ctx.lang, 'order.point');
}

export function unitCard(ctx: CardContext, unit: UnitView): HTMLElement {
  const { desk, lang } = ctx;
  const def = desk.world.units.get(unit.id);
  const name = displayName(desk.world, unit.id, lang);
  const target = targetName(ctx, unit);
  const scene = unit.status === 'onScene' && unit.target && 'incident' in unit.target ? unit.target.incident : null;
  const known = ctx.view.incidents.find((i) => i.id === scene);
  const actions = known ? incidentActions(desk.world, known, lang, def?.capabilities ?? []) : [];
  return h('article', { className: 'seat-card', attrs: { 'data-testid': `seat-unit-${unit.id}` } }, [
    h('h3', {}, [name]),
    def ? h('p', { className: 'seat-sub' }, [listText(lang, def.capabilities.map((c) => ui(lang, `capability.${c}`)))]) : null,
    fact(ui(lang, 'unit.status'), ui(lang, `unitStatus.${unit.status}`)),
    target ? fact(ui(lang, 'unit.target'), target) : null,
    h('div', { className: 'seat-buttons' }, [
      button(ui(lang, 'order.dispatch'), () => openSeatOrder(desk, 'dispatchUnit', { unit: unit.id }), { className: 'primary', attrs: { 'data-testid': 'seat-unit-dispatch' } }),
      button(ui(lang, 'order.recall'), () => ctx.give({ type: 'recallUnit', by: desk.actingAs(), unit: unit.id }, ui(lang, 'order.recalled', { unit: name })), { attrs: { 'data-testid': 'seat-unit-recall' } }),
    ]),
    actions.length > 0 ? h('div', { className: 'seat-buttons' }, [h('p', { className: 'seat-sub' }, [ui(lang, 'unit.actionsOnScene')]),
      ...actions.map((a) => button(a.label, () => ctx.give({ type: 'actOnIncident', by: desk.actingAs(), incident: scene!, action: a.id, unit: unit.id }, a.label), { attrs: { 'data-testid': `seat-action-${a.id}` } }))]) : null,
  ]);
}

function knownFrom(ctx: CardContext, incident: IncidentView): string {
  const from = incident.toldBy === null ? '' : displayName(ctx.desk.world, incident.toldBy, ctx.lang);
  const how = incident.via === 'truth' ? '' : translate(ctx.lang, `knowledge.via.${incident.via}`, { from });
  return `${clockAt(ctx.desk.drill.scenario.start, incident.knownSinceS).slice(0, 5)} ${how}`.trim();
}

export function incidentCard(ctx: CardContext, incident: IncidentView): HTMLElement {
  const { desk, lang } = ctx;
  const c = incident.casualties;
  const teamActions = incidentActions(desk.world, incident, lang).filter((a) => a.capabilities === null);
  // An incident the team knows is over is greyed out, its phase marked "the incident is over", as on the tabletop's list.
  return h('article', { className: `seat-card seat-incident${incident.ended ? ' ended' : ''}`, attrs: { 'data-testid': `seat-incident-${incident.id}`, 'data-status': incident.ended ? 'ended' : 'active' } }, [
    h('h3', {}, [displayName(desk.world, incident.id, lang)]),
    h('p', { className: 'seat-sub' }, [ui(lang, `factor.${incident.factor}` as 'factor.fire')]),
    fact(ui(lang, 'seat.incident.known'), knownFrom(ctx, incident)),
    incident.phase ? fact(ui(lang, 'seat.incident.phase'), phaseLabel(incident.factor, incident.phase, lang)) : null,
    fact(ui(lang, 'seat.incident.casualties'), c ? ui(lang, 'seat.incident.figures', { deaths: c.deaths, injured: c.injured, missing: c.missing }) : ui(lang, 'seat.incident.noFigures')),
    h('div', { className: 'seat-buttons' }, [
      button(ui(lang, 'seat.order.relayInformation'), () => openSeatOrder(desk, 'relayInformation', { incident: incident.id }), { className: 'primary', attrs: { 'data-testid': 'seat-incident-call' } }),
      button(ui(lang, 'seat.order.fileReport'), () => openSeatOrder(desk, 'fileReport', { incident: incident.id }), { attrs: { 'data-testid': 'seat-incident-report' } }),
      button(ui(lang, 'order.sendUnitHere'), () => openSeatOrder(desk, 'dispatchUnit', { incident: incident.id }), { attrs: { 'data-testid': 'seat-incident-dispatch' } }),
      ...teamActions.map((a) => button(a.label, () => ctx.give({ type: 'actOnIncident', by: desk.actingAs(), incident: incident.id, action: a.id }, a.label), { attrs: { 'data-testid': `seat-action-${a.id}` } })),
    ]),
  ]);
}
