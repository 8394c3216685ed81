// The rehearsal log on screen: the rehearsals kept in this browser by scenario, one scenario's comparison (trend,
// capability × rehearsal, recurring findings), and delete, export and import. It only shows and asks: the store
// keeps the entries, compareRehearsals.ts compares them. Loaded only when opened.
import './rehearsals.css';
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { compareRehearsals } from '../../rehearsals/compareRehearsals.ts';
import type { EntryProblem, Rehearsal } from '../../rehearsals/rehearsalSchema.ts';
import type { RehearsalStore } from '../../rehearsals/rehearsalStore.ts';
import type { StorageFailure } from '../../rehearsals/storageProblem.ts';
import { storageFailure } from '../../rehearsals/storageProblem.ts';
import { button, fill, h } from '../buildElement.ts';
import { downloadFile } from '../export/downloadFile.ts';
import { inLocalTime } from '../export/localTimestamp.ts';
import type { NamedDrills } from './catalogNames.ts';
import { catalogNames, catalogWorlds } from './catalogNames.ts';
import { comparisonSection } from './comparisonSection.ts';
export { releaseTrendChart } from './trendChart.ts';
import { rehearsalList } from './rehearsalList.ts';
import { problemLines } from './rehearsalWords.ts';
import { storageMessage } from './storageMessage.ts';
import { rescoreInWorker } from './rescoreInWorker.ts';
import { exchangeSizeProblem } from '../../rehearsals/rehearsalExchange.ts';

export interface RehearsalsScreenOptions {
  language: Language;
  store: RehearsalStore;
  back: () => void;
  /** The drills the page knows, to name the teams in the log and score imported entries again; without it ids are shown and nothing can be imported. */
  catalog?: readonly NamedDrills[];
  /** A scenario whose comparison opens at once (as from its review). */
  scenarioId?: string;
}

interface Notice { kind: 'info' | 'problem'; text: string; lines: string[] }

export function rehearsalsScreen(options: RehearsalsScreenOptions): HTMLElement {
  const { language: lang, store } = options;
  const worldOf = catalogWorlds(options.catalog ?? []);
  const name = catalogNames(lang, worldOf);
  const root = h('div', { className: 'screen rehearsals', attrs: { 'data-testid': 'rehearsals' } });
  let rehearsals: Rehearsal[] | null = null;
  let chosen = options.scenarioId ?? null;
  let notices: Notice[] = [];

  const failed = (failure: StorageFailure): Notice => ({ kind: 'problem', text: storageMessage(lang, failure), lines: [] });
  const skipped = (problems: readonly EntryProblem[]): Notice[] =>
    problems.length === 0 ? [] : [{ kind: 'problem', text: ui(lang, 'rehearsals.problems', { count: problems.length }), lines: problemLines(lang, problems) }];

  const renamedLines = (ids: readonly string[]): string[] => ids.map((id) => ui(lang, 'rehearsals.importedAsNew', { entry: id }));

  const reload = async (kept: Notice[] = []): Promise<void> => {
    const result = await store.list();
    if (result.ok) rehearsals = result.rehearsals;
    notices = [...kept, ...(result.ok ? skipped(result.problems) : [failed(result)])];
    if (chosen !== null && !rehearsals?.some((r) => r.scenarioId === chosen)) chosen = null;
    render();
  };

  const act = {
    compare: (scenarioId: string) => { chosen = scenarioId; render(); root.querySelector('[data-testid="rehearsals-comparison"]')?.scrollIntoView({ block: 'start' }); },
    remove: (id: string) => void store.delete(id).then((r) => reload(r.ok ? [{ kind: 'info', text: ui(lang, 'rehearsals.deleted', { count: 1 }), lines: [] }] : [failed(r)])),
    removeScenario: (scenarioId: string) => void store.deleteScenario(scenarioId).then((r) =>
      reload([r.ok ? { kind: 'info', text: ui(lang, 'rehearsals.deleted', { count: r.count }), lines: [] } : failed(r)])),
    name,
  };

  const exportAll = () => void store.exportAll(new Date().toISOString()).then((r) => {
    // The hall's own date in the file name, not UTC's (before 08:00 in China that is still yesterday).
    if (r.ok) downloadFile(r.text, `drillhall-rehearsals-${inLocalTime(new Date().toISOString()).slice(0, 10)}.json`, 'application/json');
    notices = r.ok ? [{ kind: 'info', text: ui(lang, 'rehearsals.exported', { count: r.count }), lines: [] }, ...skipped(r.problems)] : [failed(r)];
    render();
  });

  const fileInput = h('input', { className: 'hidden-file', attrs: { type: 'file', accept: 'application/json,.json', 'data-testid': 'rehearsals-import-file' }, on: {
    change: () => {
      const file = fileInput.files?.[0];
      fileInput.value = '';
      if (!file) return;
      const tooLarge = exchangeSizeProblem(file.size); // before reading: a huge file is not read at all
      if (tooLarge) return void reload(skipped([tooLarge]));
      notices = [{ kind: 'info', text: ui(lang, 'rehearsals.importing'), lines: [] }];
      render();
      void file.text().then((text) => store.importAll(text, rescoreInWorker(options.catalog ?? []))).then((r) => reload(r.ok
        ? [{ kind: 'info', text: ui(lang, 'rehearsals.imported', { count: r.imported }), lines: renamedLines(r.renamed) }, ...skipped(r.problems)]
        : [failed(r)]), (error: unknown) => reload([failed(storageFailure(error))]));
    },
  } });

  function comparison(): HTMLElement | null {
    const group = rehearsals?.filter((r) => r.scenarioId === chosen) ?? [];
    const latest = group.at(-1);
    if (chosen === null || !latest) return null;
    const width = Math.max(320, Math.min(900, (root.isConnected ? root.clientWidth : document.documentElement.clientWidth) - 48));
    return comparisonSection({ language: lang, title: lang === 'zh' ? latest.titleZh : latest.titleEn, comparison: compareRehearsals(chosen, group), chartWidthPx: width, name: (id) => name(latest.scenarioId, id), world: worldOf(latest.scenarioId) });
  }

  function render(): void {
    fill(root, [
      h('h2', {}, [ui(lang, 'rehearsals.title')]),
      h('p', { className: 'about' }, [ui(lang, 'rehearsals.about')]),
      rehearsals === null ? h('p', { className: 'empty' }, [ui(lang, 'rehearsals.loading')]) : null,
      comparison(),
      rehearsals === null ? null : rehearsalList(lang, rehearsals, chosen, act),
      // What an import, export or delete did is told beside the buttons that do it, not at the top of the page.
      h('div', { className: 'notices', attrs: { 'data-testid': 'rehearsals-messages', role: 'status' } }, notices.map((n) =>
        h('div', { className: `notice ${n.kind}` }, [h('p', {}, [n.text]), n.lines.length > 0 ? h('ul', {}, n.lines.map((l) => h('li', {}, [l]))) : null]))),
      h('div', { className: 'buttons' }, [
        fileInput,
        button(ui(lang, 'rehearsals.import'), () => fileInput.click(), { attrs: { 'data-testid': 'rehearsals-import' } }),
        button(ui(lang, 'rehearsals.export'), exportAll, { attrs: { 'data-testid': 'rehearsals-export' } }),
        button(ui(lang, 'rehearsals.back'), options.back, { className: 'primary', attrs: { 'data-testid': 'rehearsals-back' } }),
      ]),
    ]);
  }

  render();
  void reload();
  return root;
}
