// The card of a selected incident: its factor and phase, how it has gone so far, its casualties; send units to
// it, order actions with the units on scene, and report it (快报, then 续报).
import { phaseName } from '../../i18n/describeEvent.ts';
import { incidentSpecById } from '../../sim/index.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { button, fill, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { createOutcomeLine } from '../outcomeLine.ts';
import { scenarioDateTime } from '../scenarioClock.ts';
import { dispatchHere } from './dispatchHere.ts';
import { incidentActions } from './incidentActions.ts';
import type { SelectionCard } from './selectionCard.ts';
import { actions, cardFrame, fact } from './selectionCard.ts';
import { unitSelect } from './unitSelect.ts';

export function incidentCard(ctx: TabletopController, id: string, openReport: (incident: string) => void): SelectionCard {
  const lang = ctx.language();
  const { world } = ctx;
  const start = ctx.drill.scenario.start;
  const facts = h('div', { className: 'facts' });
  const history = h('ol', { className: 'phase-history' });
  const onScene = h('div');
  const outcome = createOutcomeLine(ctx.world);
  let sceneKey = '';

  const sceneControls = (): HTMLElement[] => {
    const units = unitSelect(ctx, { testId: 'on-scene-unit-select', onScene: id });
    const buttons = incidentActions(world, id, lang).map((a) => button(a.label, () => {
      const result = ctx.give({ type: 'actOnIncident', by: ctx.actingAs(), incident: id, action: a.id, ...(units.value ? { unit: units.value } : {}) });
      outcome.show(result, lang, a.label);
    }, { attrs: { 'data-testid': `incident-action-${a.id}` } }));
    return [units, h('div', { className: 'action-buttons' }, buttons)];
  };

  const refresh = (): void => {
    const incident = ctx.state().incidents.find((i) => i.id === id);
    if (!incident) return;
    const { deadCount, injuredCount, missingCount } = incident.casualties;
    fill(facts, [
      fact(ui(lang, 'incident.phase'), incident.status === 'ended' ? ui(lang, 'incident.ended') : incident.phase ? phaseName(world, id, incident.phase)[lang] : '—'),
      incident.startedS !== null ? fact(ui(lang, 'incident.started'), scenarioDateTime(start, incident.startedS).time) : null,
      incident.discoveredS !== null ? fact(ui(lang, 'incident.discovered'), scenarioDateTime(start, incident.discoveredS).time) : fact(ui(lang, 'incident.discovered'), ui(lang, 'incident.notYetKnown')),
      fact(ui(lang, 'incident.casualties'), ui(lang, 'incident.casualtiesLong', { dead: deadCount, injured: injuredCount, missing: missingCount })),
    ]);
    fill(history, incident.phaseHistory.map((p) => h('li', {}, [h('time', {}, [scenarioDateTime(start, p.atS).time]), ' ', phaseName(world, id, p.phase)[lang]])));
    const present = ctx.state().units.filter((u) => u.status === 'onScene' && u.target !== null && 'incident' in u.target && u.target.incident === id).map((u) => u.id).join(',');
    const key = `${incident.status}|${present}`;
    if (key === sceneKey) return;
    sceneKey = key;
    fill(onScene, incident.status === 'active' ? [actions(ui(lang, 'incident.actions'), sceneControls())] : []);
  };

  const spec = incidentSpecById(world, id);
  const element = cardFrame(displayName(world, id, lang), spec ? ui(lang, `factor.${spec.factor}`) : '', [
    facts,
    h('details', {}, [h('summary', {}, [ui(lang, 'incident.history')]), history]),
    onScene,
    actions(ui(lang, 'order.sendUnitHere'), [dispatchHere(ctx, { incident: id })]),
    actions(ui(lang, 'incident.report'), [button(ui(lang, 'order.reportForm'), () => openReport(id), { attrs: { 'data-testid': 'report-incident' } })]),
    outcome.element,
  ], 'incident-card');
  refresh();
  return { element, refresh };
}
