// 销号 from the ledger screen: the item of the ledger this browser keeps, closed with the evidence typed and the
// rehearsal chosen from the app's log — scored again from its orders in the scoring worker — and the ledger kept
// again when it closed. Returns the sentence to tell the hall; a browser that keeps nothing is told so, never a throw.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { ScenarioOf } from '../../ledger/closeWithRehearsal.ts';
import { closeWithRehearsal } from '../../ledger/closeWithRehearsal.ts';
import { closingText } from '../../ledger/closingText.ts';
import type { Rehearsal } from '../../rehearsals/rehearsalSchema.ts';
import type { CatalogEntry } from '../app/scenarioCatalog.ts';
import { scoreInBackground } from '../review/scoreInBackground.ts';
import { browserLedger, keepImported } from './ledgerInBrowser.ts';

/** The catalog's scenarios by id, for the verification drill's factors and file. */
export function catalogScenarios(catalog: readonly CatalogEntry[]): ScenarioOf {
  return (id) => {
    const entry = catalog.find((e) => e.id === id && e.scenario !== null);
    return entry?.scenario ? { path: entry.path, scenario: entry.scenario } : undefined;
  };
}

export interface CloseInBrowser {
  lang: Language;
  storage: Storage | null;
  catalog: readonly CatalogEntry[];
  number: string;
  /** The evidence as typed: one note a line. */
  evidenceText: string;
  rehearsal: Rehearsal | null;
  year: number;
}

export async function closeInBrowser(request: CloseInBrowser): Promise<{ ok: boolean; text: string }> {
  const { lang, storage, number, rehearsal } = request;
  if (!storage) return { ok: false, text: ui(lang, 'ledger.close.refused', { number, reason: ui(lang, 'ledger.close.noStorage') }) };
  const ledger = browserLedger(request.year, storage);
  if (!ledger.ok) return { ok: false, text: ui(lang, 'ledger.close.refused', { number, reason: ledger.problems.map((p) => `${p.file}: ${p.problem}`).join('; ') }) };
  const closing = await closeWithRehearsal({
    items: ledger.value.items, effects: ledger.value.effects, number, rehearsal,
    evidence: request.evidenceText.split(/\r?\n/),
    scenarioOf: catalogScenarios(request.catalog),
    score: (scoring) => scoreInBackground(scoring.scenarioPath, scoring.record, scoring.fromOrders).result,
  });
  if (closing.ok) keepImported(storage, closing.items);
  const title = rehearsal ? (lang === 'zh' ? rehearsal.titleZh : rehearsal.titleEn) : '';
  return { ok: closing.ok, text: closingText(lang, number, closing, title, rehearsal?.finishedAt.slice(0, 10) ?? '') };
}
