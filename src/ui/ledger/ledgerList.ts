// The hazard ledger on the coverage screen: each item by its number, place, factor, level, day found and description,
// its status, evidence and verification drill, and — until it is closed — a 销号 / Close action: the evidence typed,
// a verification drill chosen from this browser's rehearsal log (only drills of its factor run after it was found).
// It only shows and asks: closeInBrowser.ts decides, by the rule of 不解决不销号.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { verificationChoices } from '../../ledger/closeWithRehearsal.ts';
import type { LedgerNames } from '../../ledger/ledgerNames.ts';
import type { Rehearsal } from '../../rehearsals/rehearsalSchema.ts';
import type { HazardItem } from '../../sim/index.ts';
import type { CatalogEntry } from '../app/scenarioCatalog.ts';
import { button, fill, h, select } from '../buildElement.ts';
import { catalogScenarios, closeInBrowser } from './closeInBrowser.ts';

export interface LedgerListOptions {
  lang: Language;
  items: readonly HazardItem[];
  names: LedgerNames;
  rehearsals: readonly Rehearsal[];
  catalog: readonly CatalogEntry[];
  storage: Storage | null;
  year: number;
  /** After an item closed: the sentence to tell, and the screen to draw again with the ledger as now kept. */
  closed: (text: string) => void;
}

function itemFacts(lang: Language, item: HazardItem, names: LedgerNames): HTMLElement[] {
  const n = (list: keyof LedgerNames, id: string) => names[list][lang](id);
  return [
    h('span', {}, [ui(lang, 'ledger.list.item', {
      number: item.id, place: n('place', item.place), factor: n('factor', item.factor), level: n('level', item.level), foundOn: item.foundOn,
      description: lang === 'zh' || item.descriptionEn === '' ? item.descriptionZh : item.descriptionEn,
    })]),
    h('strong', { className: `ledger-status ${item.status}`, attrs: { 'data-testid': `ledger-status-${item.id}` } }, [ui(lang, 'ledger.list.status', { status: n('status', item.status) })]),
    ...(item.evidence.length > 0 ? [h('span', {}, [ui(lang, 'ledger.list.evidence', { evidence: item.evidence.join(lang === 'zh' ? '；' : '; ') })])] : []),
    ...(item.verifiedBy ? [h('span', {}, [ui(lang, 'ledger.list.verifiedBy', { date: item.verifiedBy.finishedOn, title: n('scenario', item.verifiedBy.scenarioId) })])] : []),
  ];
}

/** The 销号 form of one item, opened by its button. */
function closeForm(options: LedgerListOptions, item: HazardItem): HTMLElement {
  const { lang } = options;
  const testId = (what: string) => `ledger-${what}-${item.id}`;
  const choices = verificationChoices(item, options.rehearsals, catalogScenarios(options.catalog));
  const evidence = h('textarea', { attrs: { rows: '2', 'data-testid': testId('evidence') } });
  const drill = select([['', ui(lang, 'ledger.close.noDrill')], ...choices.map((r): [string, string] => [r.id, ui(lang, 'ledger.close.choice', {
    date: r.finishedAt.slice(0, 16).replace('T', ' '), title: lang === 'zh' ? r.titleZh : r.titleEn,
  })])], '', { attrs: { 'data-testid': testId('drill') } });
  const message = h('p', { className: 'ledger-close-message', attrs: { role: 'status', 'data-testid': testId('close-message') } });
  const submit = button(ui(lang, 'ledger.close.submit'), () => {
    submit.disabled = true;
    fill(message, [ui(lang, 'ledger.close.scoring')]);
    const rehearsal = choices.find((r) => r.id === drill.value) ?? null;
    void closeInBrowser({ lang, storage: options.storage, catalog: options.catalog, number: item.id, evidenceText: evidence.value, rehearsal, year: options.year }).then((result) => {
      if (result.ok) { options.closed(result.text); return; }
      submit.disabled = false;
      fill(message, [result.text]);
    });
  }, { className: 'primary', attrs: { 'data-testid': testId('close-submit') } });
  return h('div', { className: 'ledger-close' }, [
    h('label', {}, [ui(lang, 'ledger.close.evidence'), evidence]),
    h('label', {}, [ui(lang, 'ledger.close.drill'), drill]),
    choices.length === 0 ? h('p', { className: 'muted' }, [ui(lang, 'ledger.close.noChoices', { factor: options.names.factor[lang](item.factor) })]) : null,
    submit, message,
  ]);
}

export function ledgerList(options: LedgerListOptions): HTMLElement {
  const { lang } = options;
  const row = (item: HazardItem) => {
    const form = h('div', {});
    const open = item.status === 'closed' ? null : button(ui(lang, 'ledger.close.open'), () => {
      fill(form, form.childElementCount > 0 ? [] : [closeForm(options, item)]);
    }, { attrs: { 'data-testid': `ledger-close-${item.id}` } });
    return h('li', { className: 'ledger-item', attrs: { 'data-testid': `ledger-item-${item.id}` } }, [...itemFacts(lang, item, options.names), open, form]);
  };
  return h('section', { className: 'ledger-list', attrs: { 'data-testid': 'ledger-list' } }, [
    h('h3', {}, [ui(lang, 'ledger.list.title')]),
    h('p', { className: 'muted' }, [ui(lang, 'ledger.list.about')]),
    h('ul', {}, options.items.map(row)),
  ]);
}
