// `npm run drill -- --from-ledger FILE --item NUMBER`: the drill built from one ledger item — the township's template
// for the item's domain and factor (scenarios/ledger/templates.json), its incident placed at the hazard, the ledger's
// open hazards applied where they lie. Every problem is a BadInput naming the item by its number and the names.
import type { Drill } from '../sim/index.ts';
import { drillFromLedgerItem, formatProblems, hazardPlacement, loadDrill } from '../sim/index.ts';
import { loadTemplates, templateFor, templateScenarioPath } from '../ledger/planContent.ts';
import type { LedgerInput } from './ledgerInput.ts';
import { readLedgerInput } from './ledgerInput.ts';
import { readContentFiles } from './readContentFiles.ts';
import { BadInput } from './runCli.ts';

/** `base` is the template as loaded (what the hazards' costs are measured from); `drill` the drill built from the item. */
export async function drillFromLedgerArgs(ledgerPath: string, itemNumber: string | undefined): Promise<{ base: Drill; drill: Drill; ledger: LedgerInput }> {
  if (itemNumber === undefined) throw new BadInput('--from-ledger: give the hazard with --item NUMBER (e.g. --item YH-2026-001)');
  const ledger = await readLedgerInput(ledgerPath);
  const item = ledger.items.find((i) => i.id === itemNumber);
  if (!item) throw new BadInput(`--item: no hazard numbered "${itemNumber}" in ${ledgerPath} (it holds ${ledger.items.slice(0, 5).map((i) => i.id).join(', ')}${ledger.items.length > 5 ? ', …' : ''})`);
  const templates = loadTemplates(readContentFiles);
  if (!templates.ok) throw new BadInput(formatProblems(templates.problems));
  const template = templateFor(templates.value, item.domain, item.factor);
  const { names } = ledger;
  if (!template) throw new BadInput(`--item ${item.id}: the township has no drill template for ${names.domain.en(item.domain)} (${names.domain.zh(item.domain)}) and ${names.factor.en(item.factor)} (${names.factor.zh(item.factor)}) in scenarios/ledger/templates.json`);
  const loaded = loadDrill(templateScenarioPath(template), readContentFiles);
  if (!loaded.ok) throw new BadInput(formatProblems(loaded.problems));
  const placed = hazardPlacement(loaded.value.files.scenario, loaded.value.scenario, item, loaded.value.map);
  if (!placed.ok) {
    const title = `${loaded.value.scenario.titleEn} (${loaded.value.scenario.titleZh})`;
    const why = placed.problems[0]?.path === 'incidents' ? `the template ${title} has no ${names.factor.en(item.factor)} incident to place there`
      : `${names.place.en(item.place)} (${names.place.zh(item.place)}) is not a facility, village or named point an incident of ${title} can be placed at`;
    throw new BadInput(`--item ${item.id}: ${why}`);
  }
  const built = drillFromLedgerItem(loaded.value, item, ledger.items, ledger.effects);
  if (!built.ok) throw new BadInput(formatProblems(built.problems));
  return { base: loaded.value, drill: built.value, ledger };
}
