// The card of a selected unit: whose it is, what it carries, where it is going; send it (to a place picked on
// the map or from the list), recall it, and — on scene at an incident — order the actions it is able to take.
import { durationText } from '../../i18n/clock.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { MapSelection } from '../../game/mapSelection.ts';
import type { Target } from '../../sim/index.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { button, fill, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { listText } from '../listText.ts';
import { showDispatchOutcome } from './dispatchOutcome.ts';
import { createOutcomeLine } from '../outcomeLine.ts';
import { incidentActions } from './incidentActions.ts';
import type { SelectionCard } from './selectionCard.ts';
import { actions, cardFrame, fact } from './selectionCard.ts';
import { targetOf, targetSelect } from './targetSelect.ts';

/** Where a click on the map sends a unit: an incident or named object by id, anything else as a point. */
function targetOfPick(pick: MapSelection): Target | null {
  if (pick.kind === 'incident') return { incident: pick.id };
  if (pick.kind === 'point') return { xM: pick.xM, yM: pick.yM };
  if ('id' in pick && pick.kind !== 'unit' && pick.kind !== 'road') return { place: pick.id };
  return null;
}

export function unitCard(ctx: TabletopController, id: string): SelectionCard {
  const lang = ctx.language();
  const { world } = ctx;
  const def = world.units.get(id);
  const outcome = createOutcomeLine(() => ctx.world);
  const name = displayName(world, id, lang);
  const dispatch = (to: Target): void => {
    showDispatchOutcome(outcome, ctx.give({ type: 'dispatchUnit', by: ctx.actingAs(), unit: id, to }), lang, name);
  };
  const targets = targetSelect(ctx, { testId: 'unit-target-select' });
  const pick = button(ui(lang, 'order.pickOnMap'), () => {
    ctx.onTargetPicked = (p) => { const to = targetOfPick(p); if (to) dispatch(to); };
    ctx.setPickMode('target');
  }, { attrs: { 'data-testid': 'pick-target', title: ui(lang, 'key.dispatch') } });
  const send = button(ui(lang, 'order.dispatch'), () => { const to = targetOf(targets.value); if (to) dispatch(to); }, { className: 'primary', attrs: { 'data-testid': 'dispatch-unit' } });
  const recall = button(ui(lang, 'order.recall'), () => {
    outcome.show(ctx.give({ type: 'recallUnit', by: ctx.actingAs(), unit: id }), lang, ui(lang, 'order.recalled', { unit: name }));
  }, { attrs: { 'data-testid': 'recall-unit', title: ui(lang, 'key.recall') } });
  const status = h('div', { className: 'facts' });
  const onScene = h('div');
  let sceneKey = '';

  const refresh = (): void => {
    const view = ctx.view();
    const unit = view.units.find((u) => u.id === id);
    if (!unit) return;
    const target = unit.target === null ? '' : 'place' in unit.target ? displayName(world, unit.target.place, lang)
      : 'incident' in unit.target ? displayName(world, unit.target.incident, lang) : ui(lang, 'order.point');
    const etaS = unit.movement ? unit.movement.arriveS - view.timeS : null;
    fill(status, [
      fact(ui(lang, 'unit.status'), ui(lang, `unitStatus.${unit.status}`)),
      target ? fact(ui(lang, 'unit.target'), target) : null,
      etaS !== null ? fact(ui(lang, 'unit.eta'), durationText(lang, Math.max(0, etaS))) : null,
      unit.assignedTo ? fact(ui(lang, 'unit.assignedTo'), displayName(world, unit.assignedTo, lang)) : null,
    ]);
    const incidentId = unit.status === 'onScene' && unit.target && 'incident' in unit.target ? unit.target.incident : null;
    const incident = view.incidents.find((i) => i.id === incidentId && !i.ended);
    const key = incident ? incident.id : '';
    if (key === sceneKey) return;
    sceneKey = key;
    fill(onScene, incident ? [actions(ui(lang, 'unit.actionsOnScene'), incidentActions(ctx.world, incident, lang, def?.capabilities ?? []).map((a) =>
      button(a.label, () => outcome.show(ctx.give({ type: 'actOnIncident', by: ctx.actingAs(), incident: incident.id, action: a.id, unit: id }), lang, a.label), { attrs: { 'data-testid': `action-${a.id}` } })))] : []);
  };

  const element = cardFrame(name, def ? `${displayName(world, def.owner, lang)} · ${ui(lang, 'unit.crew', { count: def.crewCount })}` : '', [
    def ? h('p', { className: 'capabilities' }, [listText(lang, def.capabilities.map((c) => ui(lang, `capability.${c}`)))]) : null,
    status,
    actions(ui(lang, 'unit.orders'), [h('div', { className: 'order-row' }, [targets, send]), h('div', { className: 'order-row' }, [pick, recall])]),
    onScene,
    outcome.element,
  ], 'unit-card');
  refresh();
  return { element, refresh };
}
