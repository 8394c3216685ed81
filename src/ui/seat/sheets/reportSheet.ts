// The accident report (快报, then 续报) from a seat, on one phone-sized sheet: the six elements of the regulations as
// a list of fields (data, not code), started from the team's own last report on the incident — else from what the
// team knows of it. It files what was written; judging it is the scoring's job. It cautions once when a required
// element is missing, like the tabletop's form.
import { translate } from '../../../i18n/translate.ts';
import { ui } from '../../../i18n/ui/uiText.ts';
import type { UiKey } from '../../../i18n/ui/zhCN.ts';
import { chosenOf, h, select } from '../../buildElement.ts';
import { field, openFormDialog } from '../../forms/formDialog.ts';
import type { ReportElements } from '../../forms/reportPrefill.ts';
import { fillPhaseSelect, phaseSelect, statedPhase } from '../../forms/statedPhase.ts';
import { missingReportElements, reportPrefill, timeOfDay } from '../../forms/reportPrefill.ts';
import { displayName } from '../../displayName.ts';
import { listText } from '../../listText.ts';
import { simSecondsAt } from '../../scenarioClock.ts';
import type { SeatDesk } from '../SeatDesk.ts';
import { choiceSelect, incidentChoices } from '../seatChoices.ts';

type TextElement = 'unit' | 'place' | 'scene' | 'course' | 'measures' | 'other';
type CountElement = 'deaths' | 'injured' | 'missing';
const textElements: readonly (readonly [TextElement, UiKey, boolean])[] = [
  ['unit', 'report.element1', false], ['place', 'report.element2place', false], ['scene', 'report.element2scene', true],
  ['course', 'report.element3', true], ['measures', 'report.element5', true], ['other', 'report.element6', true],
];
const countElements: readonly (readonly [CountElement, UiKey])[] = [['deaths', 'report.deaths'], ['injured', 'report.injured'], ['missing', 'report.missing']];
const reportKinds = ['initial', 'followUp'] as const;

export function openReportSheet(desk: SeatDesk, presetIncident: string | null): void {
  const lang = desk.language();
  const view = desk.view();
  const { start } = desk.drill.scenario;
  const incident = choiceSelect('seat-report-incident', ui(lang, 'report.noIncident'), [[null, incidentChoices(desk.world, view, lang)]], presetIncident ?? view.incidents[0]?.id ?? '');
  const kind = select(reportKinds.map((k) => [k, translate(lang, `report.${k}`)] as const), 'initial', { attrs: { 'data-testid': 'seat-report-kind' } });
  const time = h('input', { attrs: { type: 'text', inputmode: 'numeric', maxlength: '5', placeholder: 'HH:MM', autocomplete: 'off', 'data-testid': 'seat-report-time' } });
  const texts = new Map(textElements.map(([key, , long]) => [key, long
    ? h('textarea', { attrs: { rows: '2', maxlength: '4000', 'data-testid': `seat-report-${key}` } })
    : h('input', { attrs: { type: 'text', maxlength: '4000', 'data-testid': `seat-report-${key}` } })]));
  const counts = new Map(countElements.map(([key]) => [key, h('input', { attrs: { type: 'number', min: '0', step: '1', inputmode: 'numeric', 'data-testid': `seat-report-${key}` } })]));
  const loss = h('input', { attrs: { type: 'number', min: '0', step: '1000', inputmode: 'numeric', 'data-testid': 'seat-report-loss' } });
  const phase = phaseSelect('seat-report-phase', view.incidents.find((i) => i.id === incident.value), lang);

  const prefill = (): void => {
    const known = view.incidents.find((i) => i.id === incident.value);
    const p = reportPrefill(view, incident.value || null);
    const last = p.elements;
    kind.value = p.kind;
    for (const [key, control] of texts) control.value = last[key] ?? '';
    const casualties = last.casualties ?? known?.casualties ?? null;
    for (const [key, control] of counts) control.value = casualties ? String(casualties[key]) : '';
    loss.value = last.estimatedLossYuan !== undefined ? String(last.estimatedLossYuan) : '';
    time.value = timeOfDay(start, p.occurredAtS);
    fillPhaseSelect(phase, known, lang);
  };
  incident.addEventListener('change', prefill);
  prefill();

  const elements = (): ReportElements => {
    const out: ReportElements = {};
    for (const [key, control] of texts) if (control.value.trim()) out[key] = control.value.trim();
    const factor = view.incidents.find((i) => i.id === incident.value)?.factor;
    if (factor) out.factor = factor as ReportElements['factor'];
    const atS = simSecondsAt(start, time.value.trim(), desk.view().timeS);
    if (atS !== null) out.occurredAtS = atS;
    if ([...counts.values()].some((c) => c.value !== '')) {
      const n = (key: CountElement): number => Number(counts.get(key)?.value || 0);
      out.casualties = { deaths: n('deaths'), injured: n('injured'), missing: n('missing') };
    }
    if (loss.value !== '') out.estimatedLossYuan = Number(loss.value);
    return out;
  };

  const by = desk.actingAs();
  openFormDialog({
    language: lang, world: desk.world, title: ui(lang, 'report.title'), testId: 'seat-report-form',
    submitLabel: ui(lang, 'report.submit'), sendAnywayLabel: ui(lang, 'report.sendAnyway'),
    fields: [
      h('p', { className: 'form-note' }, [ui(lang, 'report.route', { by: displayName(desk.world, by, lang), to: displayName(desk.world, by === 'command-post' ? 'county' : 'command-post', lang) })]),
      field(ui(lang, 'report.incident'), incident),
      field(ui(lang, 'report.kind'), kind),
      field(ui(lang, 'report.phase'), phase, ui(lang, 'report.phaseNote')),
      field(ui(lang, 'report.element2time'), time, ui(lang, 'report.timeFormat')),
      ...textElements.map(([key, label]) => field(ui(lang, label), texts.get(key)!)),
      h('div', { className: 'form-grid counts' }, countElements.map(([key, label]) => field(ui(lang, label), counts.get(key)!))),
      field(ui(lang, 'report.loss'), loss),
    ],
    caution: () => {
      const absent = missingReportElements(elements());
      return absent.length === 0 ? null : ui(lang, 'report.missingElements', { list: listText(lang, absent.map((e) => ui(lang, `report.element.${e}`))) });
    },
    submit: () => desk.give({ type: 'fileReport', by, kind: chosenOf(kind, reportKinds) ?? 'initial', ...(incident.value ? { incident: incident.value, ...statedPhase(phase) } : {}), elements: elements() }),
  });
}
