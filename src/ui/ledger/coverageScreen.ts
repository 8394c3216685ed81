// The coverage board on screen: the plan's progress and the season's prompts, then every village and unit with the
// factors it faces — last drill and result, open hazards (each with a button to drill it where it lies), what is due
// and a button to open the drill for it — the exports (annual assessment, the ledger), the ledger import, and the
// ledger itself, item by item, with its 销号 / Close action (ledgerList.ts). It only shows and asks: coverageBoard.ts decides.
import './coverage.css';
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { UiKey } from '../../i18n/ui/zhCN.ts';
import type { CoverageBoard, CoverageCell } from '../../ledger/coverageBoard.ts';
import { coverageBoard } from '../../ledger/coverageBoard.ts';
import type { BoardNames } from '../../ledger/coverageText.ts';
import { dueText, lastDrillText } from '../../ledger/coverageText.ts';
import { ledgerNames } from '../../ledger/ledgerNames.ts';
import { readLedgerSheet, sheetProblemLines } from '../../ledger/readLedgerSheet.ts';
import { rehearsalDone, scenarioCoverage } from '../../ledger/scenarioCoverage.ts';
import { writeAssessmentCsv, writeAssessmentXlsx } from '../../ledger/writeAssessment.ts';
import { writeLedgerXlsx } from '../../ledger/writeLedgerSheet.ts';
import type { Drill } from '../../sim/index.ts';
import { drillFromLedgerItem, isOpen, isPlaced, placeHazard, teamIds } from '../../sim/index.ts';
import { hazardDrillRefusalText } from '../../ledger/hazardDrillRefusal.ts';
import type { LedgerNames } from '../../ledger/ledgerNames.ts';
import { templateFor, templateScenarioId } from '../../ledger/planContent.ts';
import type { RehearsalStore } from '../../rehearsals/rehearsalStore.ts';
import type { CatalogEntry } from '../app/scenarioCatalog.ts';
import { button, fill, h } from '../buildElement.ts';
import { downloadFile } from '../export/downloadFile.ts';
import type { BrowserLedger } from './ledgerInBrowser.ts';
import { browserLedger, keepImported } from './ledgerInBrowser.ts';
import { ledgerList } from './ledgerList.ts';

export interface CoverageScreenOptions {
  language: Language;
  store: RehearsalStore;
  catalog: readonly CatalogEntry[];
  storage: Storage | null;
  /** Today in the hall's calendar, YYYY-MM-DD. */
  today: string;
  back: () => void;
  /** Opens the briefing of a drill: the entry's scenario, or `built` from it (a ledger item's drill). */
  openDrill: (entry: CatalogEntry, built?: Drill) => void;
}

/** Opens the drill of one open hazard, by its number. */
type DrillHazard = (hazard: string) => void;

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function boardNames(ledger: BrowserLedger, catalog: readonly CatalogEntry[]): BoardNames {
  const places = [...ledger.map.villages, ...ledger.map.facilities, ...ledger.map.stations];
  return {
    target: (id) => { const p = places.find((o) => o.id === id); return { zh: p?.nameZh ?? '', en: p?.nameEn ?? '' }; },
    scenario: (id) => { const s = catalog.find((e) => e.id === id)?.scenario; return { zh: s?.titleZh ?? '', en: s?.titleEn ?? '' }; },
    seasons: ledger.plan.seasons,
  };
}

function cellView(lang: Language, cell: CoverageCell, names: BoardNames, options: CoverageScreenOptions, drillHazard: DrillHazard): HTMLElement {
  const entry = cell.suggested ? options.catalog.find((e) => e.id === cell.suggested) : undefined;
  const testId = `${cell.target}-${cell.factor}`;
  return h('li', { className: `coverage-cell${cell.due.length > 0 ? ' due' : ''}${cell.veto ? ' veto' : ''}`, attrs: { 'data-testid': `coverage-${testId}` } }, [
    h('strong', {}, [ui(lang, `factor.${cell.factor}` as UiKey)]),
    h('span', { className: 'last', attrs: { 'data-testid': `coverage-last-${testId}` } }, [lastDrillText(lang, cell)]),
    cell.openHazards.length > 0 ? h('span', { className: 'hazards' }, [ui(lang, 'coverage.openHazards', { count: cell.openHazards.length })]) : null,
    cell.due.length > 0 ? h('span', { className: 'due-reason', attrs: { 'data-testid': `coverage-due-${testId}` } }, [`${ui(lang, 'coverage.due')}：${cell.due.map((d) => dueText(lang, d, names)).join('；')}`]) : null,
    cell.veto ? h('span', { className: 'veto-mark' }, [ui(lang, 'coverage.veto')]) : null,
    cell.due.length > 0 && entry ? button(ui(lang, 'coverage.open.drill', { title: names.scenario(entry.id)[lang] }), () => options.openDrill(entry), { attrs: { 'data-testid': `coverage-drill-${testId}` } }) : null,
    ...cell.openHazards.map((hazard) => button(ui(lang, 'ledger.drillHazard', { number: hazard.id }), () => drillHazard(hazard.id), { attrs: { 'data-testid': `coverage-hazard-${hazard.id}` } })),
  ]);
}

function boardView(lang: Language, board: CoverageBoard, names: BoardNames, options: CoverageScreenOptions, drillHazard: DrillHazard): HTMLElement {
  return h('div', { className: 'coverage-board' }, [
    h('p', { attrs: { 'data-testid': 'coverage-plan' } }, [`${ui(lang, 'coverage.plan', { year: board.plan.year })}：${ui(lang, 'coverage.planDone', { done: board.plan.done, total: board.plan.total })}`]),
    h('ul', { className: 'coverage-prompts' }, board.prompts.map((p) => {
      const season = names.seasons.find((s) => s.id === p.season);
      return h('li', {}, [ui(lang, 'coverage.prompt', { season: season ? (lang === 'zh' ? season.nameZh : season.nameEn) : '', factors: p.factors.map((f) => ui(lang, `factor.${f}` as UiKey)).join('、') })]);
    })),
    h('ul', { className: 'coverage-domains' }, board.domains.map((d) => h('li', {}, [`${ui(lang, `domain.${d.domain}` as UiKey)} ${ui(lang, 'coverage.openHazards', { count: d.openCount })}`]))),
    h('div', { className: 'coverage-rows' }, board.rows.map((row) => h('section', { className: 'coverage-row', attrs: { 'data-testid': `coverage-row-${row.target}` } }, [
      h('h3', {}, [names.target(row.target)[lang]]),
      h('ul', {}, row.cells.map((cell) => cellView(lang, cell, names, options, drillHazard))),
    ]))),
  ]);
}

export function coverageScreen(options: CoverageScreenOptions): HTMLElement {
  const { language: lang } = options;
  const body = h('div', {}, [h('p', {}, [ui(lang, 'coverage.loading')])]);
  const notice = h('div', { className: 'coverage-notice', attrs: { 'data-testid': 'coverage-notice', role: 'status' } });
  const root = h('div', { className: 'screen coverage', attrs: { 'data-testid': 'coverage' } }, [
    h('h2', {}, [ui(lang, 'coverage.title')]), h('p', {}, [ui(lang, 'coverage.about')]),
    h('div', { className: 'buttons' }, [button(ui(lang, 'coverage.back'), options.back, { attrs: { 'data-testid': 'coverage-back' } })]),
    notice, body,
  ]);
  const tell = (text: string, lines: string[] = []) => fill(notice, [h('p', {}, [text]), ...lines.map((l) => h('p', { className: 'problem' }, [l]))]);
  const render = async () => {
    const ledger = browserLedger(Number(options.today.slice(0, 4)), options.storage);
    if (!ledger.ok) { fill(body, [h('pre', {}, [ledger.problems.map((p) => `${p.file}: ${p.path}: ${p.problem}`).join('\n')])]); return; }
    const listed = await options.store.list();
    const rehearsals = listed.ok ? listed.rehearsals.map(rehearsalDone) : [];
    const scenarios = options.catalog.flatMap((e) => (e.scenario ? [scenarioCoverage(e.scenario)] : []));
    const board = coverageBoard({ map: ledger.value.map, items: ledger.value.items, ...ledger.value.plan, scenarios, rehearsals, today: options.today });
    const names = boardNames(ledger.value, options.catalog);
    const sheetNames = ledgerNames(ledger.value.map, ledger.value.effects, scenarios);
    const input = h('input', { attrs: { type: 'file', accept: '.xlsx,.csv', 'data-testid': 'coverage-import' }, on: { change: () => void importSheet(input, sheetNames) } });
    const exportsRow = h('div', { className: 'buttons' }, [
      button(ui(lang, 'coverage.export'), () => void writeAssessmentXlsx(lang, board, names).then((bytes) => downloadFile(bytes, `assessment-${options.today}.xlsx`, xlsxType)), { attrs: { 'data-testid': 'coverage-export' } }),
      button(ui(lang, 'coverage.exportCsv'), () => void writeAssessmentCsv(lang, board, names).then((text) => downloadFile(text, `assessment-${options.today}.csv`, 'text/csv;charset=utf-8')), { attrs: { 'data-testid': 'coverage-export-csv' } }),
      button(ui(lang, 'coverage.exportLedger'), () => void writeLedgerXlsx(ledger.value.items, sheetNames).then((bytes) => downloadFile(bytes, `ledger-${options.today}.xlsx`, xlsxType)), { attrs: { 'data-testid': 'coverage-export-ledger' } }),
      h('label', {}, [ui(lang, 'coverage.importLedger'), input]),
    ]);
    fill(body, [
      h('p', {}, [ui(lang, 'coverage.hazards', { count: ledger.value.items.length, open: ledger.value.items.filter((i) => isOpen(i.status)).length })]),
      exportsRow, boardView(lang, board, names, options, (hazard) => drillHazard(ledger.value, sheetNames, hazard)),
      ledgerList({
        lang, items: ledger.value.items, names: sheetNames, rehearsals: listed.ok ? listed.rehearsals : [], catalog: options.catalog,
        storage: options.storage, year: Number(options.today.slice(0, 4)), closed: (text) => { tell(text); notice.scrollIntoView({ block: 'nearest' }); void render(); },
      }),
    ]);
  };
  // "Drill this hazard": the template for the item's domain and factor, its incident at the hazard, the open hazards
  // applied; when it cannot be built, the same reason the command line gives, in the screen's language.
  const drillHazard = (ledger: BrowserLedger, names: LedgerNames, hazard: string) => {
    const item = ledger.items.find((i) => i.id === hazard);
    if (!item) return;
    const template = templateFor(ledger.plan.templates, item.domain, item.factor);
    const entry = template ? options.catalog.find((e) => e.id === templateScenarioId(template)) : undefined;
    const drill = entry?.drill();
    if (!entry || !drill) { tell(hazardDrillRefusalText(lang, item, { refused: 'noTemplate' }, names)); return; }
    const placed = placeHazard(drill.scenario, item, drill.map, teamIds(drill.map, drill.roster));
    if (!isPlaced(placed)) { tell(hazardDrillRefusalText(lang, item, placed, names, drill.scenario)); return; }
    const built = drillFromLedgerItem(drill, item, ledger.items, ledger.effects);
    if (built.ok) options.openDrill(entry, built.value);
    else tell(hazardDrillRefusalText(lang, item, { refused: 'noTemplate' }, names), built.problems.map((p) => p.problem));
  };
  const importSheet = async (input: HTMLInputElement, names: ReturnType<typeof ledgerNames>) => {
    const file = input.files?.[0];
    if (!file) return;
    const read = await readLedgerSheet(file.name, new Uint8Array(await file.arrayBuffer()), names);
    if (!read.ok) { tell(ui(lang, 'coverage.importFailed'), sheetProblemLines(file.name, read.problems, 50)); return; }
    keepImported(options.storage, read.items);
    tell(ui(lang, 'coverage.imported', { count: read.items.length }));
    await render();
  };
  void render();
  return root;
}
