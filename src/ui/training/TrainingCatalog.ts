// The home screen's self-training catalog: the micro-drills by role, each with its learning goal, the rule it trains,
// its factor and length, a start for a coached run and one for a test, and an empty slot (`data-progress-for`) that
// the trainee's progress on the device fills in. Starting one opens the seat with the drill on this device.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { CatalogEntry } from '../app/scenarioCatalog.ts';
import { h } from '../buildElement.ts';
import type { CatalogRow } from './catalogRows.ts';
import { catalogGroups, trainingHref } from './catalogRows.ts';
import './training.css';

function startLink(row: CatalogRow, mode: 'coached' | 'test', lang: Language): HTMLElement {
  return h('a', { className: `button-link training-start${mode === 'coached' ? ' primary' : ''}`, attrs: { href: trainingHref(row, mode, lang), 'data-testid': `train-${mode}-${row.id}` } }, [ui(lang, `coach.start.${mode}`)]);
}

function rowElement(row: CatalogRow, lang: Language): HTMLElement {
  return h('li', { className: 'training-row', attrs: { 'data-testid': `training-${row.id}` } }, [
    h('h4', {}, [row.title]),
    h('p', { className: 'training-meta' }, [row.meta]),
    h('p', {}, [row.goal]),
    h('p', { className: 'training-rule' }, [row.rule]),
    h('div', { className: 'training-progress', attrs: { 'data-progress-for': row.id } }),
    h('div', { className: 'training-buttons' }, [startLink(row, 'coached', lang), startLink(row, 'test', lang)]),
  ]);
}

export function trainingCatalog(options: { language: Language; entries: readonly CatalogEntry[] }): HTMLElement {
  const lang = options.language;
  const exportSlot = h('div', { className: 'training-export' });
  const section = h('section', { className: 'training-catalog', attrs: { 'data-testid': 'training-catalog' } }, [
    h('h2', {}, [ui(lang, 'coach.catalog.title')]),
    h('p', { className: 'training-about' }, [ui(lang, 'coach.catalog.about')]),
    exportSlot,
    ...catalogGroups(options.entries, lang).map((group) => h('section', { className: 'training-role', attrs: { 'data-testid': `training-role-${group.role}` } }, [
      h('h3', {}, [group.name]),
      h('ul', { className: 'training-list' }, group.rows.map((row) => rowElement(row, lang))),
    ])),
  ]);
  // The trainee's progress on this device fills the rows' slots, and its export sits above the list (loaded apart:
  // the home screen of a hall drill never needs the store).
  void import('./progressBadges.ts').then(({ fillProgress }) => fillProgress(section, { language: lang }));
  void import('./progressStore.ts').then(({ trainingExportButton }) => exportSlot.replaceChildren(trainingExportButton({ language: lang })));
  return section;
}
