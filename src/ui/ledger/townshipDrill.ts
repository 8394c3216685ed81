// The drill the app opens from its screens (a scenario from the home screen, the coverage board's plan drill or a
// ledger item's drill): the open hazards of the ledger this browser keeps applied where they lie, and the briefing's
// section naming them. The record keeps what was applied, so a resumed, replayed or scored drill is the same drill.
// A ledger that cannot be read or applied is said in words on the briefing, and the drill runs as written.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { appliedHazardLines } from '../../ledger/appliedHazardText.ts';
import type { ContentProblem, Drill } from '../../sim/index.ts';
import { buildWorld, drillWithLedger } from '../../sim/index.ts';
import { h } from '../buildElement.ts';
import type { BrowserLedger } from './ledgerInBrowser.ts';
import { browserLedger } from './ledgerInBrowser.ts';

/** The drill to open, and the briefing's section on its hazards (null: the drill runs with none). */
export interface TownshipDrill { drill: Drill; section: (lang: Language) => HTMLElement | null }

const problemText = (problems: readonly ContentProblem[]): string => problems.slice(0, 3).map((p) => `${p.file}: ${p.path}: ${p.problem}`).join('; ');

function hazardSection(drill: Drill, ledger: BrowserLedger): TownshipDrill['section'] {
  const applied = drill.hazards ?? [];
  if (applied.length === 0) return () => null;
  const world = buildWorld(drill);
  return (lang) => h('section', { className: 'briefing-hazards', attrs: { 'data-testid': 'briefing-hazards' } }, [
    h('h3', {}, [ui(lang, 'ledger.applied.title')]),
    h('p', {}, [ui(lang, 'ledger.applied.about')]),
    h('ul', {}, appliedHazardLines(lang, world, applied, ledger.items, ledger.effects).map((line) => h('li', {}, [line]))),
  ]);
}

const failedSection = (reason: string): TownshipDrill['section'] => (lang) =>
  h('section', { className: 'briefing-hazards', attrs: { 'data-testid': 'briefing-hazards' } }, [h('p', { className: 'problem' }, [ui(lang, 'ledger.applied.failed', { reason })])]);

/**
 * `drill` with the township's open hazards applied; a drill that already carries its hazards (one built from a
 * ledger item) is kept as it is and only named. `year` picks the plan the ledger is read with.
 */
export function townshipDrill(drill: Drill, storage: Storage | null, year: number): TownshipDrill {
  const ledger = browserLedger(year, storage);
  if (!ledger.ok) return { drill, section: failedSection(problemText(ledger.problems)) };
  if (drill.hazards !== undefined) return { drill, section: hazardSection(drill, ledger.value) };
  const applied = drillWithLedger(drill, ledger.value.items, ledger.value.effects);
  if (!applied.ok) return { drill, section: failedSection(problemText(applied.problems)) };
  return { drill: applied.value, section: hazardSection(applied.value, ledger.value) };
}
