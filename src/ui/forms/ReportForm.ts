// The accident report form: the first report (快报) with the six elements of the regulations, then follow-ups
// (续报), which start from the team's last report. It files what the player wrote — a missing or wrong element is
// the scoring's to judge — but says which required elements are still missing before it is sent.
import { translate } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { factorStyles } from '../../game/factorStyles.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { chosenOf, h, select } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { listText } from '../listText.ts';
import { simSecondsAt } from '../scenarioClock.ts';
import { field, openFormDialog } from './formDialog.ts';
import { fillPhaseSelect, phaseSelect, statedPhase } from './statedPhase.ts';
import type { ReportElements } from './reportPrefill.ts';
import { missingReportElements, reportPrefill, timeOfDay } from './reportPrefill.ts';

const text = (testId: string, rows = 0): HTMLInputElement | HTMLTextAreaElement =>
  (rows > 0 ? h('textarea', { attrs: { rows: String(rows), 'data-testid': testId, maxlength: '4000' } }) : h('input', { attrs: { type: 'text', 'data-testid': testId, maxlength: '4000' } }));
const count = (testId: string): HTMLInputElement => h('input', { attrs: { type: 'number', min: '0', step: '1', inputmode: 'numeric', 'data-testid': testId } });
const asText = (value: number | undefined): string => (value === undefined ? '' : String(value));

const reportKinds = ['initial', 'followUp'] as const;

export function openReportForm(ctx: TabletopController, presetIncident: string | null): void {
  const lang = ctx.language();
  const by = ctx.actingAs();
  const view = ctx.teamView(by);
  const { start } = ctx.drill.scenario;
  const { incidents } = view;
  const incident = select([['', ui(lang, 'report.noIncident')], ...incidents.map((i) => [i.id, displayName(ctx.world, i.id, lang)] as const)],
    presetIncident ?? incidents[0]?.id ?? '', { attrs: { 'data-testid': 'report-incident' } });
  const kind = select(reportKinds.map((k) => [k, translate(lang, `report.${k}`)] as const), 'initial', { attrs: { 'data-testid': 'report-kind' } });
  const factor = select([['', ui(lang, 'report.factorUnknown')], ...Object.keys(factorStyles).map((f) => [f, ui(lang, `factor.${f as keyof typeof factorStyles}`)] as const)],
    '', { attrs: { 'data-testid': 'report-factor' } });
  const unit = text('report-unit');
  // A text field, not <input type="time">: that one shows "01:25 PM" under an English browser, whatever the drill's language.
  const occurredAt = h('input', { attrs: { type: 'text', inputmode: 'numeric', maxlength: '5', placeholder: 'HH:MM', autocomplete: 'off', 'data-testid': 'report-time' } });
  const [place, scene, course, measures, other] = [text('report-place'), text('report-scene', 2), text('report-course', 2), text('report-measures', 2), text('report-other', 2)];
  const [deaths, injured, missing] = [count('report-deaths'), count('report-injured'), count('report-missing')];
  const loss = h('input', { attrs: { type: 'number', min: '0', step: '1000', 'data-testid': 'report-loss' } });
  const known = () => incidents.find((i) => i.id === incident.value);
  const phase = phaseSelect('report-phase', known(), lang);
  const prefilledNote = h('p', { className: 'form-note', attrs: { 'data-testid': 'report-prefilled' } }, [ui(lang, 'report.prefilled')]);
  const texts = { unit, place, scene, course, measures, other } as const;

  const prefill = (): void => {
    const p = reportPrefill(view, incident.value || null);
    const e = p.elements;
    kind.value = p.kind;
    for (const [key, control] of Object.entries(texts)) control.value = e[key as keyof typeof texts] ?? '';
    factor.value = e.factor ?? known()?.factor ?? '';
    fillPhaseSelect(phase, known(), lang);
    occurredAt.value = timeOfDay(start, p.occurredAtS);
    deaths.value = asText(e.casualties?.deaths);
    injured.value = asText(e.casualties?.injured);
    missing.value = asText(e.casualties?.missing);
    loss.value = asText(e.estimatedLossYuan);
    prefilledNote.hidden = Object.keys(e).length === 0;
  };
  incident.addEventListener('change', prefill);
  prefill();

  const elements = (): ReportElements => {
    const out: Record<string, unknown> = {};
    for (const [key, control] of Object.entries(texts)) if (control.value.trim()) out[key] = control.value.trim();
    if (factor.value) out.factor = factor.value;
    const atS = simSecondsAt(start, occurredAt.value.trim(), ctx.session.timeS());
    if (atS !== null) out.occurredAtS = atS;
    if ([deaths, injured, missing].some((c) => c.value !== '')) out.casualties = { deaths: Number(deaths.value || 0), injured: Number(injured.value || 0), missing: Number(missing.value || 0) };
    if (loss.value !== '') out.estimatedLossYuan = Number(loss.value);
    return out;
  };

  openFormDialog({
    language: lang,
    world: ctx.world,
    title: ui(lang, 'report.title'),
    testId: 'report-form',
    submitLabel: ui(lang, 'report.submit'),
    sendAnywayLabel: ui(lang, 'report.sendAnyway'),
    fields: [
      h('p', { className: 'form-note' }, [ui(lang, 'report.route', { by: displayName(ctx.world, by, lang), to: displayName(ctx.world, by === 'command-post' ? 'county' : 'command-post', lang) })]),
      h('div', { className: 'form-grid' }, [field(ui(lang, 'report.kind'), kind), field(ui(lang, 'report.incident'), incident)]),
      prefilledNote,
      field(ui(lang, 'report.phase'), phase, ui(lang, 'report.phaseNote')),
      field(ui(lang, 'report.element1'), unit),
      h('div', { className: 'form-grid' }, [field(ui(lang, 'report.element2time'), occurredAt, ui(lang, 'report.timeFormat')), field(ui(lang, 'report.factor'), factor)]),
      field(ui(lang, 'report.element2place'), place),
      field(ui(lang, 'report.element2scene'), scene),
      field(ui(lang, 'report.element3'), course),
      h('div', { className: 'form-grid counts' }, [field(ui(lang, 'report.deaths'), deaths), field(ui(lang, 'report.injured'), injured), field(ui(lang, 'report.missing'), missing)]),
      field(ui(lang, 'report.loss'), loss),
      field(ui(lang, 'report.element5'), measures),
      field(ui(lang, 'report.element6'), other),
    ],
    caution: () => {
      const absent = missingReportElements(elements());
      return absent.length === 0 ? null : ui(lang, 'report.missingElements', { list: listText(lang, absent.map((e) => ui(lang, `report.element.${e}`))) });
    },
    submit: () => ctx.give({ type: 'fileReport', by: ctx.actingAs(), kind: chosenOf(kind, reportKinds) ?? 'initial', ...(incident.value ? { incident: incident.value, ...statedPhase(phase) } : {}), elements: elements() }),
  });
}
