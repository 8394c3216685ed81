// One scenario's rehearsals side by side: the trend chart, a table of capability × rehearsal with each rating, share
// and change since the rehearsal before, and the findings that keep coming back or were fixed.
import { findingAction, findingProblem } from '../../i18n/findingText.ts';
import type { Language } from '../../i18n/translate.ts';
import type { World } from '../../sim/index.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { CapabilityCell, Change, RehearsalComparison } from '../../rehearsals/compareRehearsals.ts';
import type { RecurringFinding } from '../../rehearsals/recurringFindings.ts';
import type { Child } from '../buildElement.ts';
import { h } from '../buildElement.ts';
import { conclusionText } from '../../review/scoreWords.ts';
import { finishedAtText, measureText, ratingTitle, vetoesText } from './rehearsalWords.ts';
import { trendChart } from './trendChart.ts';

const arrows: Record<Change, string> = { better: '↑', worse: '↓', same: '→' };

function changeMark(lang: Language, change: Change | null): Child {
  return change === null ? null : h('span', { className: `change ${change}`, attrs: { title: ui(lang, `rehearsals.change.${change}`), 'aria-label': ui(lang, `rehearsals.change.${change}`) } }, [arrows[change]]);
}

function cell(lang: Language, c: CapabilityCell): HTMLElement {
  if (c.share === null || c.rating === null) return h('td', { className: 'na' }, [ui(lang, 'rehearsals.notApplicable')]);
  return h('td', { className: `rating ${c.rating}`, attrs: { title: ratingTitle(lang, c.rating) } }, [
    h('strong', {}, [c.rating]), ` ${(c.share * 100).toFixed(0)}% `, changeMark(lang, c.change),
  ]);
}

function totalChange(totals: readonly number[], i: number): Change | null {
  if (i === 0) return null;
  const diff = Math.round(totals[i]! * 10) - Math.round(totals[i - 1]! * 10);
  return diff > 0 ? 'better' : diff < 0 ? 'worse' : 'same';
}

function table(lang: Language, c: RehearsalComparison): HTMLElement {
  const rows: HTMLElement[] = [
    h('tr', { className: 'total' }, [h('th', {}, [ui(lang, 'rehearsals.col.total')]), ...c.totals.map((t, i) => h('td', {}, [h('strong', {}, [t.toFixed(1)]), ' ', changeMark(lang, totalChange(c.totals, i))]))]),
    h('tr', {}, [h('th', {}, [ui(lang, 'rehearsals.col.conclusion')]), ...c.rehearsals.map((r) => h('td', { className: `conclusion ${r.conclusion}` }, [conclusionText(lang, r.conclusion)]))]),
    h('tr', {}, [h('th', {}, [ui(lang, 'rehearsals.col.vetoes')]), ...c.rehearsals.map((r) => h('td', { className: r.vetoes.length > 0 ? 'veto' : '' }, [vetoesText(lang, r.vetoes)]))]),
    ...c.capabilities.map((cap) => h('tr', { attrs: { 'data-testid': `capability-${cap.id}` } }, [h('th', {}, [lang === 'zh' ? cap.nameZh : cap.nameEn]), ...cap.cells.map((x) => cell(lang, x))])),
  ];
  return h('table', { className: 'rehearsal-matrix', attrs: { 'data-testid': 'rehearsals-capabilities' } }, [
    h('caption', {}, [ui(lang, 'rehearsals.table')]),
    h('thead', {}, [h('tr', {}, [h('th', {}, [ui(lang, 'rehearsals.col.capability')]), ...c.rehearsals.map((r) => h('th', {}, [finishedAtText(r.finishedAt)]))])]),
    h('tbody', {}, rows),
  ]);
}

function finding(lang: Language, f: RecurringFinding, name: (id: string) => string, world: World | null): HTMLElement {
  return h('li', { className: `recurring-finding ${f.status}`, attrs: { 'data-testid': `recurring-${f.item}-${f.owner}` } }, [
    h('span', { className: `status ${f.status}` }, [ui(lang, `rehearsals.status.${f.status}`)]), ' ',
    h('span', { className: 'meta' }, [ui(lang, 'rehearsals.recurringMeta', {
      owner: name(f.owner), item: measureText(lang, f.item), count: f.count, first: finishedAtText(f.firstSeen.finishedAt), last: finishedAtText(f.lastSeen.finishedAt),
    })]),
    h('p', {}, [world ? findingProblem(world, lang, f) : measureText(lang, f.item)]),
    h('p', { className: 'action' }, [ui(lang, 'rehearsals.action', { action: findingAction(lang, f) })]),
  ]);
}

/** The comparison of one scenario; `name` gives a team's name in it, `world` (null for a scenario no longer bundled) words the findings. */
export function comparisonSection(options: { language: Language; title: string; comparison: RehearsalComparison; chartWidthPx: number; name: (id: string) => string; world: World | null }): HTMLElement {
  const { language: lang, comparison: c } = options;
  return h('section', { className: 'rehearsal-comparison', attrs: { 'data-testid': 'rehearsals-comparison' } }, [
    h('h2', {}, [ui(lang, 'rehearsals.comparison', { title: options.title })]),
    c.rehearsals.length < 2 ? h('p', { className: 'empty' }, [ui(lang, 'rehearsals.single')]) : null,
    h('h3', {}, [ui(lang, 'rehearsals.trend')]),
    trendChart(lang, c, options.chartWidthPx),
    h('div', { className: 'matrix-scroll' }, [table(lang, c)]),
    h('h3', {}, [ui(lang, 'rehearsals.recurring')]),
    c.recurring.length === 0 ? h('p', { className: 'empty', attrs: { 'data-testid': 'rehearsals-recurring' } }, [ui(lang, 'rehearsals.recurringNone')])
      : h('ul', { className: 'recurring-list', attrs: { 'data-testid': 'rehearsals-recurring' } }, c.recurring.map((f) => finding(lang, f, options.name, options.world))),
  ]);
}
