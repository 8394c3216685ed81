// The ledger the coverage board shows in this browser: the township's demo ledger, plan, seasons and templates
// bundled with this (lazily loaded) screen, or a ledger sheet imported here and kept in localStorage.
import type { HazardItem, Loaded, TownshipMap } from '../../sim/index.ts';
import { HazardItem as HazardItemSchema, loadLedgerContent } from '../../sim/index.ts';
import type { HazardEffect } from '../../sim/index.ts';
import type { PlanContent } from '../../ledger/planContent.ts';
import { loadPlanContent } from '../../ledger/planContent.ts';
import { readContent } from '../app/scenarioCatalog.ts';

const bundled = import.meta.glob<string>('../../../scenarios/ledger/*.json', { query: '?raw', import: 'default', eager: true });
const ledgerFiles = new Map(Object.entries(bundled).map(([key, text]) => [key.replace(/^(\.\.\/)+/, ''), text]));
const read = (path: string) => ledgerFiles.get(path) ?? readContent(path);

export const demoLedgerPath = 'scenarios/ledger/demo-township.json';
const importedKey = 'drillhall.ledger.imported';

export interface BrowserLedger { items: HazardItem[]; map: TownshipMap; effects: HazardEffect[]; plan: PlanContent; imported: boolean }

/** The items imported in this browser, if any pass their checks again. */
function importedItems(storage: Storage | null): HazardItem[] | null {
  const text = storage?.getItem(importedKey);
  if (!text) return null;
  try {
    const parsed = HazardItemSchema.array().safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function keepImported(storage: Storage | null, items: readonly HazardItem[]): void {
  storage?.setItem(importedKey, JSON.stringify(items));
}

export function browserLedger(year: number, storage: Storage | null): Loaded<BrowserLedger> {
  const content = loadLedgerContent(demoLedgerPath, read);
  if (!content.ok) return content;
  const plan = loadPlanContent(read, year);
  if (!plan.ok) return plan;
  const imported = importedItems(storage);
  return { ok: true, value: { items: imported ?? content.value.ledger.items, map: content.value.map, effects: content.value.effects, plan: plan.value, imported: imported !== null } };
}
