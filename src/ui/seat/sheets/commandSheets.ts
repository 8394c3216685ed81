// The orders of a township's authority, as phone-sized forms: move villages to a shelter (the command post for any
// village, a village for itself), open a shelter, set the response level, ask the county for a force, close or
// reopen a road. The core refuses what the team may not do; the seat only offers what its authority holds.
import { durationText } from '../../../i18n/clock.ts';
import { translate } from '../../../i18n/translate.ts';
import { ui } from '../../../i18n/ui/uiText.ts';
import { chosenOf, h, select } from '../../buildElement.ts';
import { displayName } from '../../displayName.ts';
import { field, openFormDialog } from '../../forms/formDialog.ts';
import { targetOf } from '../../selection/targetSelect.ts';
import { nearestOpenShelter } from '../nearestOpenShelter.ts';
import type { SeatDesk } from '../SeatDesk.ts';
import { choiceSelect, targetGroups } from '../seatChoices.ts';

const levels = ['none', 'IV', 'III', 'II', 'I'] as const;
const places = (desk: SeatDesk, list: readonly { id: string }[]) => list.map((o) => [o.id, displayName(desk.world, o.id, desk.language())] as const);

export function openEvacuateSheet(desk: SeatDesk): void {
  const lang = desk.language();
  const by = desk.actingAs();
  const map = desk.drill.map;
  const villages = map.villages.filter((v) => by === 'command-post' || v.id === by).map((v) => {
    const box = h('input', { attrs: { type: 'checkbox', value: v.id, 'data-testid': `seat-evacuate-${v.id}` } });
    box.checked = v.id === by;
    return { box, label: h('label', { className: 'check' }, [box, displayName(desk.world, v.id, lang)]) };
  });
  const shelter = choiceSelect('seat-evacuate-shelter', ui(lang, 'seat.evacuate.chooseShelter'), [[null, places(desk, map.shelters)]], nearestOpenShelter(map, desk.view(), by));
  openFormDialog({
    language: lang, world: desk.world, title: ui(lang, 'seat.evacuate.title'), testId: 'seat-evacuate-form', submitLabel: ui(lang, 'order.evacuate'),
    fields: [h('fieldset', {}, [h('legend', {}, [ui(lang, 'seat.evacuate.villages')]), h('div', { className: 'checks' }, villages.map((v) => v.label))]), field(ui(lang, 'order.shelter'), shelter)],
    submit: () => {
      const chosen = villages.filter((v) => v.box.checked).map((v) => v.box.value);
      return chosen.length > 0 && shelter.value ? desk.give({ type: 'evacuate', by, villages: chosen, shelter: shelter.value }) : null;
    },
  });
}

export function openShelterSheet(desk: SeatDesk): void {
  const lang = desk.language();
  const shelter = choiceSelect('seat-shelter', ui(lang, 'seat.evacuate.chooseShelter'), [[null, places(desk, desk.drill.map.shelters)]]);
  openFormDialog({
    language: lang, world: desk.world, title: ui(lang, 'order.openShelter'), testId: 'seat-shelter-form', submitLabel: ui(lang, 'order.openShelter'),
    fields: [field(ui(lang, 'order.shelter'), shelter)],
    submit: () => (shelter.value ? desk.give({ type: 'openShelter', by: desk.actingAs(), shelter: shelter.value }) : null),
  });
}

export function openLevelSheet(desk: SeatDesk): void {
  const lang = desk.language();
  const current = desk.view().responseLevel;
  const next = levels[Math.min(levels.length - 1, levels.indexOf(current) + 1)] ?? 'IV';
  const level = select(levels.map((l) => [l, translate(lang, `level.${l}`)] as const), next, { attrs: { 'data-testid': 'seat-level' } });
  openFormDialog({
    language: lang, world: desk.world, title: ui(lang, 'level.title'), testId: 'seat-level-form', submitLabel: ui(lang, 'level.submit'),
    fields: [field(ui(lang, 'level.current', { level: translate(lang, `level.${current}`) }), level)],
    submit: () => {
      const chosen = chosenOf(level, levels);
      return chosen ? desk.give({ type: 'setResponseLevel', by: desk.actingAs(), level: chosen }) : null;
    },
  });
}

export function openCountySheet(desk: SeatDesk): void {
  const lang = desk.language();
  const offered = desk.drill.scenario.countySupport;
  const force = select(offered.map((s) => [s.force, ui(lang, 'county.option', { force: translate(lang, `force.${s.force}`), delay: durationText(lang, s.delayS) })] as const), null, { attrs: { 'data-testid': 'seat-county-force' } });
  const target = choiceSelect('seat-county-target', ui(lang, 'order.chooseTarget'), targetGroups(desk.world, desk.view(), lang));
  openFormDialog({
    language: lang, world: desk.world, title: ui(lang, 'county.title'), testId: 'seat-county-form', submitLabel: ui(lang, 'county.submit'), incompleteText: ui(lang, 'county.none'),
    fields: [field(ui(lang, 'county.force'), force), field(ui(lang, 'county.target'), target, ui(lang, 'county.targetHint'))],
    submit: () => {
      const chosen = chosenOf(force, offered.map((s) => s.force));
      const to = targetOf(target.value);
      return chosen ? desk.give({ type: 'requestCountySupport', by: desk.actingAs(), force: chosen, ...(to ? { to } : {}) }) : null;
    },
  });
}

export function openRoadSheet(desk: SeatDesk, type: 'closeRoad' | 'reopenRoad'): void {
  const lang = desk.language();
  // Reopening offers the roads the command post has announced closed; closing, the others.
  const closed = new Set(desk.view().closedRoads);
  const roads = desk.drill.map.roads.filter((r) => closed.has(r.id) === (type === 'reopenRoad'));
  const road = choiceSelect('seat-road', ui(lang, 'seat.road.choose'), [[null, places(desk, roads)]]);
  const label = ui(lang, type === 'closeRoad' ? 'order.closeRoad' : 'order.reopenRoad');
  openFormDialog({
    language: lang, world: desk.world, title: label, testId: `seat-${type}-form`, submitLabel: label,
    fields: [field(ui(lang, 'seat.road.road'), road)],
    submit: () => (road.value ? desk.give({ type, by: desk.actingAs(), road: road.value }) : null),
  });
}
