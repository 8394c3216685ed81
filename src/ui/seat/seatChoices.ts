// The choices a seat's order forms offer, taken from the team's view and the drill's map: its own units, the
// incidents it knows, the places a unit can be sent, the teams it can call. Named, never by id.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { TeamView, World } from '../../sim/index.ts';
import { viewTeams } from '../../sim/index.ts';
import { h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';

export type Choice = readonly [value: string, label: string];

export function unitChoices(world: World, view: TeamView, lang: Language): Choice[] {
  return view.units.filter((u) => u.status !== 'incoming')
    .map((u) => [u.id, `${displayName(world, u.id, lang)} · ${ui(lang, `unitStatus.${u.status}`)}`] as const);
}

export function incidentChoices(world: World, view: TeamView, lang: Language): Choice[] {
  return view.incidents.map((i) => [i.id, displayName(world, i.id, lang)] as const);
}

/** Every team but the seat's own and the facilitator: whom a call can go to. */
export function teamChoices(world: World, team: string, lang: Language): Choice[] {
  return viewTeams(world.drill).filter((t) => t !== team && t !== 'facilitator').map((t) => [t, displayName(world, t, lang)] as const);
}

/** A `<select>` with a first "choose…" line and the choices, grouped when given in groups. */
export function choiceSelect(testId: string, prompt: string, groups: readonly (readonly [label: string | null, choices: readonly Choice[]])[], chosen = ''): HTMLSelectElement {
  const option = ([value, label]: Choice): HTMLOptionElement => h('option', { attrs: { value } }, [label]);
  const element = h('select', { attrs: { 'data-testid': testId } }, [
    h('option', { attrs: { value: '' } }, [prompt]),
    ...groups.filter(([, choices]) => choices.length > 0).flatMap(([label, choices]) => (label === null ? choices.map(option) : [h('optgroup', { attrs: { label } }, choices.map(option))])),
  ]);
  element.value = chosen;
  return element;
}

/** Where a unit can be sent: the incidents the team knows, then the map's named places, grouped. */
export function targetGroups(world: World, view: TeamView, lang: Language): [string, Choice[]][] {
  const map = world.drill.map;
  const places = (list: readonly { id: string }[]): Choice[] => list.map((o) => [`place:${o.id}`, displayName(world, o.id, lang)] as const);
  return [
    [ui(lang, 'group.incidents'), incidentChoices(world, view, lang).map(([id, label]) => [`incident:${id}`, label] as const)],
    [ui(lang, 'group.villages'), places(map.villages)],
    [ui(lang, 'group.shelters'), places(map.shelters)],
    [ui(lang, 'group.places'), places(map.places)],
    [ui(lang, 'group.stations'), places(map.stations)],
    [ui(lang, 'group.facilities'), places(map.facilities)],
  ];
}
