// A phone or radio call about an incident (relayInformation): whom to call — the command post first for a village or
// a station — and what the caller gives: the state of the incident (its phase, or that it is over) and the casualties,
// starting from what the team knows (the caller may change them: a call passes on what was said, right or wrong).
// A seat and the tabletop (its incident card) both open it, each with the calling team's own view.
import { translate } from '../../../i18n/translate.ts';
import { ui } from '../../../i18n/ui/uiText.ts';
import { chosenOf, h, select } from '../../buildElement.ts';
import { field, openFormDialog } from '../../forms/formDialog.ts';
import { fillPhaseSelect, phaseSelect, statedPhase } from '../../forms/statedPhase.ts';
import type { TeamView } from '../../../sim/index.ts';
import type { OrderDesk } from '../../forms/orderDesk.ts';
import { choiceSelect, incidentChoices, teamChoices } from '../seatChoices.ts';

const channels = ['phone', 'radio'] as const;
const count = (testId: string, value: number | undefined): HTMLInputElement => {
  const input = h('input', { attrs: { type: 'number', min: '0', step: '1', inputmode: 'numeric', 'data-testid': testId } });
  input.value = value === undefined ? '' : String(value);
  return input;
};

/** Who calls: an order desk with the calling team's view (what it knows is what it can tell). */
export type CallDesk = OrderDesk & { view(): TeamView };

export function openCallSheet(desk: CallDesk, presetIncident: string | null): void {
  const lang = desk.language();
  const view = desk.view();
  const by = desk.actingAs();
  const incident = choiceSelect('seat-call-incident', ui(lang, 'seat.call.chooseIncident'), [[null, incidentChoices(desk.world, view, lang)]], presetIncident ?? view.incidents[0]?.id ?? '');
  const to = choiceSelect('seat-call-to', ui(lang, 'seat.call.chooseTeam'), [[null, teamChoices(desk.world, by, lang)]], by === 'command-post' ? '' : 'command-post');
  const channel = select(channels.map((c) => [c, translate(lang, `channel.${c}`)] as const), 'phone', { attrs: { 'data-testid': 'seat-call-channel' } });
  const knownIncident = () => view.incidents.find((i) => i.id === incident.value);
  const known = (): { deaths: number; injured: number; missing: number } | null => knownIncident()?.casualties ?? null;
  const [deaths, injured, missing] = [count('seat-call-deaths', known()?.deaths), count('seat-call-injured', known()?.injured), count('seat-call-missing', known()?.missing)];
  const phase = phaseSelect('seat-call-phase', knownIncident(), lang);
  incident.addEventListener('change', () => {
    fillPhaseSelect(phase, knownIncident(), lang);
    const figures = known();
    deaths.value = figures ? String(figures.deaths) : '';
    injured.value = figures ? String(figures.injured) : '';
    missing.value = figures ? String(figures.missing) : '';
  });
  openFormDialog({
    language: lang, world: desk.world, title: ui(lang, 'seat.call.title'), testId: 'seat-call-form', submitLabel: ui(lang, 'seat.call.submit'),
    incompleteText: ui(lang, 'seat.call.incomplete'),
    fields: [
      field(ui(lang, 'report.incident'), incident),
      field(ui(lang, 'seat.call.to'), to),
      field(ui(lang, 'seat.call.channel'), channel),
      field(ui(lang, 'report.phase'), phase, ui(lang, 'report.phaseNote')),
      h('fieldset', { className: 'form-grid counts' }, [h('legend', {}, [ui(lang, 'seat.call.figures')]),
        field(ui(lang, 'report.deaths'), deaths), field(ui(lang, 'report.injured'), injured), field(ui(lang, 'report.missing'), missing)]),
    ],
    submit: () => {
      if (!incident.value || !to.value) return null;
      const figures = [deaths, injured, missing].some((c) => c.value !== '')
        ? { casualties: { deaths: Number(deaths.value || 0), injured: Number(injured.value || 0), missing: Number(missing.value || 0) } } : {};
      return desk.give({ type: 'relayInformation', by, to: to.value, incident: incident.value, channel: chosenOf(channel, channels) ?? 'phone', ...statedPhase(phase), ...figures });
    },
  });
}
