// The seat's unit orders as forms sized for a phone: send a unit (chosen, or to a place or incident chosen), and —
// for the command post — put a unit under another team. Recall and the actions on scene are single taps on the
// unit's card.
import { ui } from '../../../i18n/ui/uiText.ts';
import { field, openFormDialog } from '../../forms/formDialog.ts';
import { targetOf } from '../../selection/targetSelect.ts';
import type { SeatDesk } from '../SeatDesk.ts';
import { choiceSelect, targetGroups, teamChoices, unitChoices } from '../seatChoices.ts';

export function openDispatchSheet(desk: SeatDesk, preset: { unit?: string; target?: string }): void {
  const lang = desk.language();
  const view = desk.view();
  const unit = choiceSelect('seat-dispatch-unit', ui(lang, 'order.chooseUnit'), [[null, unitChoices(desk.world, view, lang)]], preset.unit ?? '');
  const target = choiceSelect('seat-dispatch-target', ui(lang, 'order.chooseTarget'), targetGroups(desk.world, view, lang), preset.target ?? '');
  openFormDialog({
    language: lang, world: desk.world, title: ui(lang, 'order.sendUnitHere'), testId: 'seat-dispatch-form', submitLabel: ui(lang, 'order.dispatch'),
    fields: [field(ui(lang, 'order.unit'), unit), field(ui(lang, 'order.target'), target)],
    submit: () => {
      const to = targetOf(target.value);
      return unit.value && to ? desk.give({ type: 'dispatchUnit', by: desk.actingAs(), unit: unit.value, to }) : null;
    },
  });
}

export function openAssignSheet(desk: SeatDesk): void {
  const lang = desk.language();
  const unit = choiceSelect('seat-assign-unit', ui(lang, 'order.chooseUnit'), [[null, unitChoices(desk.world, desk.view(), lang)]]);
  const team = choiceSelect('seat-assign-team', ui(lang, 'seat.assign.chooseTeam'), [[null, teamChoices(desk.world, desk.actingAs(), lang).filter(([t]) => t !== 'county')]]);
  openFormDialog({
    language: lang, world: desk.world, title: ui(lang, 'seat.assign.title'), testId: 'seat-assign-form', submitLabel: ui(lang, 'seat.assign.submit'),
    fields: [field(ui(lang, 'order.unit'), unit), field(ui(lang, 'seat.assign.team'), team)],
    submit: () => (unit.value && team.value ? desk.give({ type: 'assignUnit', by: desk.actingAs(), unit: unit.value, team: team.value }) : null),
  });
}
