// The card of a selected incident as the viewing team knows it: its factor and phase, since when and from whom it
// knows, the casualties it was told or saw, the phases it saw go by; send units to it, order actions with the
// units on scene, call another team about it (relayInformation) and report it (快报, then 续报).
import { phaseName } from '../../i18n/describeEvent.ts';
import { incidentPhaseText } from '../../game/incidentPhaseText.ts';
import type { IncidentView, SimEvent } from '../../sim/index.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { button, fill, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { createOutcomeLine } from '../outcomeLine.ts';
import type { CallDesk } from '../seat/sheets/callSheet.ts';
import { openCallSheet } from '../seat/sheets/callSheet.ts';
import { scenarioDateTime } from '../scenarioClock.ts';
import { dispatchHere } from './dispatchHere.ts';
import { incidentActions } from './incidentActions.ts';
import type { SelectionCard } from './selectionCard.ts';
import { actions, cardFrame, fact } from './selectionCard.ts';
import { unitSelect } from './unitSelect.ts';

/** The tabletop as a caller: the team orders are given as, with what that team knows. */
function callDesk(ctx: TabletopController): CallDesk {
  return { drill: ctx.drill, world: ctx.world, language: () => ctx.language(), actingAs: () => ctx.actingAs(), view: () => ctx.teamView(ctx.actingAs()), give: (order) => ctx.give(order) };
}

export function incidentCard(ctx: TabletopController, id: string, openReport: (incident: string) => void): SelectionCard {
  const lang = ctx.language();
  const { world } = ctx;
  const start = ctx.drill.scenario.start;
  const facts = h('div', { className: 'facts' });
  const history = h('ol', { className: 'phase-history' });
  const onScene = h('div');
  const outcome = createOutcomeLine(() => ctx.world);
  let sceneKey = '';

  const sceneControls = (incident: IncidentView): HTMLElement[] => {
    const units = unitSelect(ctx, { testId: 'on-scene-unit-select', onScene: id });
    const buttons = incidentActions(ctx.world, incident, lang).map((a) => button(a.label, () => {
      const result = ctx.give({ type: 'actOnIncident', by: ctx.actingAs(), incident: id, action: a.id, ...(units.value ? { unit: units.value } : {}) });
      outcome.show(result, lang, a.label);
    }, { attrs: { 'data-testid': `incident-action-${a.id}` } }));
    return [units, h('div', { className: 'action-buttons' }, buttons)];
  };

  /** The phase changes of this incident the viewing team may see, oldest first. */
  const phasesSeen = (): Extract<SimEvent, { type: 'incident.phaseChanged' }>[] => ctx.session.events()
    .filter((e): e is Extract<SimEvent, { type: 'incident.phaseChanged' }> => e.type === 'incident.phaseChanged' && e.incident === id && ctx.eventVisible(e));

  const knownFacts = (incident: IncidentView): (HTMLElement | null)[] => {
    const c = incident.casualties;
    return [
      fact(ui(lang, 'incident.phase'), incidentPhaseText(incident, lang) || '—'),
      fact(ui(lang, incident.via === 'truth' ? 'incident.started' : 'incident.discovered'), scenarioDateTime(start, incident.knownSinceS).time),
      incident.toldBy !== null ? fact(ui(lang, 'incident.toldByLabel'), displayName(world, incident.toldBy, lang)) : null,
      fact(ui(lang, 'incident.casualties'), c ? ui(lang, 'incident.casualtiesLong', { dead: c.deaths, injured: c.injured, missing: c.missing }) : ui(lang, 'incident.casualtiesUnknown')),
    ];
  };

  let historyKey = '';
  const refresh = (): void => {
    const view = ctx.view();
    const incident = view.incidents.find((i) => i.id === id);
    if (!incident) { fill(facts, [fact(ui(lang, 'incident.discovered'), ui(lang, 'incident.notYetKnown'))]); fill(onScene, []); sceneKey = ''; return; }
    fill(facts, knownFacts(incident));
    if (historyKey !== `${view.team}|${incident.phase}`) {
      historyKey = `${view.team}|${incident.phase}`;
      fill(history, phasesSeen().map((p) => h('li', {}, [h('time', {}, [scenarioDateTime(start, p.timeS).time]), ' ', phaseName(ctx.world, id, p.to)[lang]])));
    }
    const present = view.units.filter((u) => u.status === 'onScene' && u.target !== null && 'incident' in u.target && u.target.incident === id).map((u) => u.id).join(',');
    const key = `${incident.ended}|${present}`;
    if (key === sceneKey) return;
    sceneKey = key;
    fill(onScene, incident.ended ? [] : [actions(ui(lang, 'incident.actions'), sceneControls(incident))]);
  };

  const known = ctx.view().incidents.find((i) => i.id === id);
  const element = cardFrame(displayName(world, id, lang), known ? ui(lang, `factor.${known.factor}` as 'factor.fire') : '', [
    facts,
    h('details', {}, [h('summary', {}, [ui(lang, 'incident.history')]), history]),
    onScene,
    actions(ui(lang, 'order.sendUnitHere'), [dispatchHere(ctx, { incident: id })]),
    actions(ui(lang, 'incident.report'), [
      button(ui(lang, 'order.callForm'), () => openCallSheet(callDesk(ctx), id), { attrs: { 'data-testid': 'call-incident' } }),
      button(ui(lang, 'order.reportForm'), () => openReport(id), { attrs: { 'data-testid': 'report-incident' } }),
    ]),
    outcome.element,
  ], 'incident-card');
  refresh();
  return { element, refresh };
}
