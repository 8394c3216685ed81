// The accident report form: the first report (快报) with the six elements of the regulations, then follow-ups
// (续报). It files exactly what the player wrote — a missing or wrong element is the scoring's to judge.
import { translate } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { factorStyles } from '../../game/factorStyles.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { h, select } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { scenarioDateTime, simSecondsAt } from '../scenarioClock.ts';
import { field, openFormDialog } from './formDialog.ts';

const text = (testId: string, rows = 0): HTMLInputElement | HTMLTextAreaElement =>
  (rows > 0 ? h('textarea', { attrs: { rows: String(rows), 'data-testid': testId, maxlength: '4000' } }) : h('input', { attrs: { type: 'text', 'data-testid': testId, maxlength: '4000' } }));
const count = (testId: string): HTMLInputElement => h('input', { attrs: { type: 'number', min: '0', step: '1', inputmode: 'numeric', 'data-testid': testId } });

export function openReportForm(ctx: TabletopController, presetIncident: string | null): void {
  const lang = ctx.language();
  const state = ctx.state();
  const by = ctx.actingAs();
  const incidents = state.incidents.filter((i) => ctx.incidentVisible(i));
  const firstFiled = (incident: string | null): boolean => state.reports.some((r) => r.by === by && r.kind === 'initial' && r.incident === incident);
  const incident = select([['', ui(lang, 'report.noIncident')], ...incidents.map((i) => [i.id, displayName(ctx.world, i.id, lang)] as const)],
    presetIncident ?? incidents[0]?.id ?? '', { attrs: { 'data-testid': 'report-incident' } });
  const kind = select([['initial', translate(lang, 'report.initial')], ['followUp', translate(lang, 'report.followUp')]], firstFiled(incident.value || null) ? 'followUp' : 'initial', { attrs: { 'data-testid': 'report-kind' } });
  const factor = select([['', ui(lang, 'report.factorUnknown')], ...Object.keys(factorStyles).map((f) => [f, ui(lang, `factor.${f as keyof typeof factorStyles}`)] as const)],
    state.incidents.find((i) => i.id === incident.value)?.factor ?? '', { attrs: { 'data-testid': 'report-factor' } });
  const unit = text('report-unit');
  const occurredAt = h('input', { attrs: { type: 'time', 'data-testid': 'report-time' } });
  occurredAt.value = scenarioDateTime(ctx.drill.scenario.start, state.timeS).time.slice(0, 5);
  const [place, scene, course, measures, other] = [text('report-place'), text('report-scene', 2), text('report-course', 2), text('report-measures', 2), text('report-other', 2)];
  const [deaths, injured, missing] = [count('report-deaths'), count('report-injured'), count('report-missing')];
  const loss = h('input', { attrs: { type: 'number', min: '0', step: '1000', 'data-testid': 'report-loss' } });

  const elements = (): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    const put = (key: string, control: { value: string }) => { if (control.value.trim()) out[key] = control.value.trim(); };
    put('unit', unit); put('place', place); put('scene', scene); put('course', course); put('measures', measures); put('other', other);
    if (factor.value) out.factor = factor.value;
    const atS = simSecondsAt(ctx.drill.scenario.start, occurredAt.value, ctx.state().timeS);
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
    fields: [
      h('p', { className: 'form-note' }, [ui(lang, 'report.route', { by: displayName(ctx.world, by, lang), to: displayName(ctx.world, by === 'command-post' ? 'county' : 'command-post', lang) })]),
      h('div', { className: 'form-grid' }, [field(ui(lang, 'report.kind'), kind), field(ui(lang, 'report.incident'), incident)]),
      field(ui(lang, 'report.element1'), unit),
      h('div', { className: 'form-grid' }, [field(ui(lang, 'report.element2time'), occurredAt), field(ui(lang, 'report.factor'), factor)]),
      field(ui(lang, 'report.element2place'), place),
      field(ui(lang, 'report.element2scene'), scene),
      field(ui(lang, 'report.element3'), course),
      h('div', { className: 'form-grid four' }, [field(ui(lang, 'report.deaths'), deaths), field(ui(lang, 'report.injured'), injured), field(ui(lang, 'report.missing'), missing), field(ui(lang, 'report.loss'), loss)]),
      field(ui(lang, 'report.element5'), measures),
      field(ui(lang, 'report.element6'), other),
    ],
    submit: () => ctx.give({ type: 'fileReport', kind: kind.value, ...(incident.value ? { incident: incident.value } : {}), elements: elements() }),
  });
}
