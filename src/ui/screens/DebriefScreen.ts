// The debrief: what happened in the drill, as facts from its record — the toll, each incident's course, the
// reports, warnings and evacuations with their times, the refused orders, and the whole timeline. No score here:
// judging the drill is the after-action review's. Loaded only when a drill ends.
import { describeEvent, phaseName } from '../../i18n/describeEvent.ts';
import { durationText } from '../../i18n/clock.ts';
import type { Language } from '../../i18n/translate.ts';
import { isMessageKey, translate } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { DrillRecord, SimEvent, SimState, World } from '../../sim/index.ts';
import { button, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { listText } from '../listText.ts';
import { scenarioDateTime } from '../scenarioClock.ts';

export interface DebriefInput { world: World; state: SimState; record: DrillRecord; events: readonly SimEvent[] }

const elementNames = ['unit', 'occurredAtS', 'place', 'scene', 'factor', 'course', 'casualties', 'estimatedLossYuan', 'measures', 'other'] as const;

function table(lang: Language, headers: string[], rows: (string | number)[][], testId: string): HTMLElement {
  const body = rows.length > 0 ? rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, [c]))))
    : [h('tr', {}, [h('td', { className: 'none', attrs: { colspan: String(headers.length) } }, [ui(lang, 'debrief.none')])])];
  return h('table', { attrs: { 'data-testid': testId } }, [h('thead', {}, [h('tr', {}, headers.map((t) => h('th', {}, [t])))]), h('tbody', {}, body)]);
}

export function debriefScreen(lang: Language, input: DebriefInput, actions: { home: () => void; exportRecord: () => void }): HTMLElement {
  const { world, state, record } = input;
  const s = world.drill.scenario;
  const at = (timeS: number): string => scenarioDateTime(s.start, timeS).time;
  const name = (id: string): string => displayName(world, id, lang);
  const moved = state.villages.reduce((n, v) => n + v.movedCount + v.movedVulnerableCount, 0);
  const vulnerable = state.villages.reduce((n, v) => n + v.movedVulnerableCount, 0);
  const refused = record.orders.filter((o) => o.rejected !== null);
  const reason = (code: string): string => { const key = `reason.${code}`; return isMessageKey(key) ? translate(lang, key).replace(/\{\w+\}/g, '…') : code; };
  return h('div', { className: 'screen debrief', attrs: { 'data-testid': 'debrief' } }, [
    h('h2', {}, [ui(lang, 'debrief.title', { title: lang === 'zh' ? s.titleZh : s.titleEn })]),
    h('p', {}, [ui(lang, 'debrief.reached', { time: at(state.timeS), elapsed: durationText(lang, state.timeS) })]),
    h('ul', { className: 'totals' }, [
      h('li', {}, [ui(lang, 'debrief.moved', { count: moved, vulnerable })]),
      h('li', {}, [ui(lang, 'incident.casualtiesLong', { dead: state.casualties.deadCount, injured: state.casualties.injuredCount, missing: state.casualties.missingCount })]),
      h('li', {}, [ui(lang, 'debrief.orders', { count: record.orders.length, refused: refused.length })]),
    ]),
    h('h3', {}, [ui(lang, 'debrief.incidents')]),
    table(lang, [ui(lang, 'debrief.col.incident'), ui(lang, 'debrief.col.course'), ui(lang, 'incident.casualties')], state.incidents.filter((i) => i.status !== 'pending').map((i) => [
      name(i.id), i.phaseHistory.map((p) => `${at(p.atS)} ${phaseName(world, i.id, p.phase)[lang]}`).join(' → '),
      ui(lang, 'incident.casualtiesLong', { dead: i.casualties.deadCount, injured: i.casualties.injuredCount, missing: i.casualties.missingCount }),
    ]), 'debrief-incidents'),
    h('h3', {}, [ui(lang, 'debrief.reports')]),
    table(lang, [ui(lang, 'debrief.col.time'), ui(lang, 'debrief.col.report'), ui(lang, 'debrief.col.elements')], state.reports.map((r) => [
      at(r.atS), `${name(r.by)} → ${name(r.to)} · ${translate(lang, `report.${r.kind}`)}${r.incident ? ` · ${name(r.incident)}` : ''}`,
      listText(lang, elementNames.filter((e) => r.elements[e] !== undefined).map((e) => ui(lang, `debrief.element.${e}`))),
    ]), 'debrief-reports'),
    h('h3', {}, [ui(lang, 'debrief.warnings')]),
    table(lang, [ui(lang, 'debrief.col.time'), ui(lang, 'debrief.col.warning')], state.warnings.map((w) => [
      at(w.atS), `${name(w.by)} · ${translate(lang, `colour.${w.colour}`)} · ${w.township ? translate(lang, 'recipients.township') : listText(lang, w.villages.map(name))}`,
    ]), 'debrief-warnings'),
    h('h3', {}, [ui(lang, 'debrief.evacuations')]),
    table(lang, [ui(lang, 'debrief.col.village'), ui(lang, 'debrief.col.ordered'), ui(lang, 'debrief.col.completed'), ui(lang, 'village.moved')], state.villages.filter((v) => v.evacuation).map((v) => [
      name(v.id), `${at(v.evacuation!.orderedS)} · ${name(v.evacuation!.shelter)}`, v.evacuation!.completedS !== null ? at(v.evacuation!.completedS) : '—', v.movedCount + v.movedVulnerableCount,
    ]), 'debrief-evacuations'),
    refused.length > 0 ? h('h3', {}, [ui(lang, 'debrief.refused')]) : null,
    refused.length > 0 ? table(lang, [ui(lang, 'debrief.col.time'), ui(lang, 'debrief.col.order'), ui(lang, 'debrief.col.reason')], refused.map((o) => [
      at(o.atS), `${name(o.order.by)} · ${ui(lang, `orderType.${o.order.type}`)}`, reason(o.rejected ?? ''),
    ]), 'debrief-refused') : null,
    h('details', {}, [h('summary', {}, [ui(lang, 'debrief.timeline', { count: input.events.length })]),
      h('ol', { className: 'timeline' }, input.events.map((e) => h('li', {}, [h('time', {}, [at(e.timeS)]), ' ', describeEvent(world, e, lang)])))]),
    h('div', { className: 'buttons' }, [
      button(ui(lang, 'debrief.export'), actions.exportRecord, { attrs: { 'data-testid': 'export-record' } }),
      button(ui(lang, 'debrief.home'), actions.home, { className: 'primary', attrs: { 'data-testid': 'debrief-home' } }),
    ]),
  ]);
}
