// The kept rehearsals grouped by scenario, the most recently rehearsed scenario first and each group newest first:
// when, how, the score and the conclusion, with a button to compare the group and buttons to delete.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { inTimeOrder } from '../../rehearsals/inTimeOrder.ts';
import type { Rehearsal } from '../../rehearsals/rehearsalSchema.ts';
import { button, h } from '../buildElement.ts';
import { confirmButton } from './confirmButton.ts';
import { conclusionText } from '../../review/scoreWords.ts';
import { finishedAtText, modeText, vetoesText } from './rehearsalWords.ts';

export interface ListActions {
  compare: (scenarioId: string) => void;
  remove: (id: string) => void;
  removeScenario: (scenarioId: string) => void;
  /** A team's name in the scenario, for self-training rows. */
  name: (scenarioId: string, id: string) => string;
}

/** The rehearsals by scenario, each group newest first, the groups by their newest rehearsal. */
export function byScenario(rehearsals: readonly Rehearsal[]): Rehearsal[][] {
  const groups = new Map<string, Rehearsal[]>();
  for (const r of inTimeOrder(rehearsals).reverse()) groups.set(r.scenarioId, [...(groups.get(r.scenarioId) ?? []), r]);
  return [...groups.values()];
}

function row(lang: Language, r: Rehearsal, act: ListActions): HTMLElement {
  const date = finishedAtText(r.finishedAt);
  return h('tr', { attrs: { 'data-testid': `rehearsal-${r.id}` } }, [
    h('td', {}, [date]),
    h('td', {}, [modeText(lang, r.mode, r.team === null ? null : act.name(r.scenarioId, r.team), r.trainee)]),
    h('td', { className: 'number' }, [r.summary.total.toFixed(1)]),
    h('td', { className: `conclusion ${r.summary.conclusion}` }, [conclusionText(lang, r.summary.conclusion)]),
    h('td', {}, [vetoesText(lang, r.summary.vetoes)]),
    h('td', {}, [confirmButton(ui(lang, 'rehearsals.delete'), ui(lang, 'rehearsals.deleteConfirm', { date }), () => act.remove(r.id), { attrs: { 'data-testid': `delete-${r.id}` } })]),
  ]);
}

function group(lang: Language, rehearsals: Rehearsal[], chosen: string | null, act: ListActions): HTMLElement {
  const newest = rehearsals[0]!;
  const title = lang === 'zh' ? newest.titleZh : newest.titleEn;
  const headers = ['rehearsals.col.finishedAt', 'rehearsals.col.mode', 'rehearsals.col.total', 'rehearsals.col.conclusion', 'rehearsals.col.vetoes'] as const;
  return h('section', { className: `rehearsal-group${newest.scenarioId === chosen ? ' chosen' : ''}`, attrs: { 'data-testid': `rehearsal-group-${newest.scenarioId}` } }, [
    h('h3', {}, [title, ' ', h('span', { className: 'count' }, [ui(lang, 'rehearsals.count', { count: rehearsals.length })])]),
    h('table', {}, [
      h('thead', {}, [h('tr', {}, [...headers.map((k) => h('th', {}, [ui(lang, k)])), h('th', {}, [])])]),
      h('tbody', {}, rehearsals.map((r) => row(lang, r, act))),
    ]),
    h('div', { className: 'buttons' }, [
      confirmButton(ui(lang, 'rehearsals.deleteScenario'), ui(lang, 'rehearsals.deleteScenarioConfirm', { title, count: rehearsals.length }),
        () => act.removeScenario(newest.scenarioId), { attrs: { 'data-testid': `delete-scenario-${newest.scenarioId}` } }),
      button(ui(lang, 'rehearsals.compare'), () => act.compare(newest.scenarioId), { className: 'primary', attrs: { 'data-testid': `compare-${newest.scenarioId}` } }),
    ]),
  ]);
}

export function rehearsalList(lang: Language, rehearsals: readonly Rehearsal[], chosen: string | null, act: ListActions): HTMLElement {
  if (rehearsals.length === 0) return h('p', { className: 'empty', attrs: { 'data-testid': 'rehearsals-empty' } }, [ui(lang, 'rehearsals.empty')]);
  return h('div', { className: 'rehearsal-list', attrs: { 'data-testid': 'rehearsals-list' } }, byScenario(rehearsals).map((g) => group(lang, g, chosen, act)));
}
