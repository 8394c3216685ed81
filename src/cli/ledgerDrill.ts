// `npm run drill -- --from-ledger FILE --item NUMBER`: the drill built from one ledger item — the township's template
// for the item's domain and factor (scenarios/ledger/templates.json), its incident placed at the hazard, the ledger's
// open hazards applied where they lie. Every problem is a BadInput naming the item by its number and the names; a
// refusal to build the drill says why in Chinese, then in English.
import type { Drill } from '../sim/index.ts';
import { drillFromLedgerItem, formatProblems, isPlaced, loadDrill, placeHazard, teamIds } from '../sim/index.ts';
import { hazardDrillRefusalLines } from '../ledger/hazardDrillRefusal.ts';
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
  if (!template) throw new BadInput(hazardDrillRefusalLines(item, { refused: 'noTemplate' }, ledger.names));
  const loaded = loadDrill(templateScenarioPath(template), readContentFiles);
  if (!loaded.ok) throw new BadInput(formatProblems(loaded.problems));
  const placed = placeHazard(loaded.value.scenario, item, loaded.value.map, teamIds(loaded.value.map, loaded.value.roster));
  if (!isPlaced(placed)) throw new BadInput(hazardDrillRefusalLines(item, placed, ledger.names, loaded.value.scenario));
  const built = drillFromLedgerItem(loaded.value, item, ledger.items, ledger.effects);
  if (!built.ok) throw new BadInput(formatProblems(built.problems));
  return { base: loaded.value, drill: built.value, ledger };
}
