// The ledger a command reads: the demo ledger's JSON, or a township's .xlsx / CSV sheet read with the demo
// township's names (its map, the declared hazard effects and the scenarios' titles). Bad input is a BadInput.
import { readFileSync, readdirSync } from 'node:fs';
import { formatProblems, parseScenario } from '../sim/index.ts';
import type { TownshipMap } from '../sim/index.ts';
import type { HazardEffect } from '../sim/index.ts';
import type { HazardItem } from '../sim/index.ts';
import { loadEffects, loadLedgerContent, loadMap } from '../sim/index.ts';
import type { LedgerNames } from '../ledger/ledgerNames.ts';
import { ledgerNames } from '../ledger/ledgerNames.ts';
import { readLedgerSheet, sheetProblemLines } from '../ledger/readLedgerSheet.ts';
import { BadInput } from './runCli.ts';
import { readContentFiles } from './readContentFiles.ts';

export const demoLedgerPath = 'scenarios/ledger/demo-township.json';
const demoMapPath = 'scenarios/maps/demo-township.tmj';
const effectsPath = 'scenarios/ledger/effects.json';

export interface LedgerInput { items: HazardItem[]; map: TownshipMap; effects: HazardEffect[]; names: LedgerNames }

/** The titles of the scenarios in scenarios/, for the names of verification drills. */
export function scenarioTitles(): { id: string; titleZh: string; titleEn: string }[] {
  return readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.endsWith('schema.json')).sort().flatMap((f) => {
    const parsed = parseScenario(`scenarios/${f}`, readContentFiles(`scenarios/${f}`) ?? '');
    return parsed.ok ? [{ id: parsed.value.id, titleZh: parsed.value.titleZh, titleEn: parsed.value.titleEn }] : [];
  });
}

function demoNames(): { map: TownshipMap; effects: HazardEffect[]; names: LedgerNames } {
  const map = loadMap(demoMapPath, readContentFiles);
  const effects = loadEffects(effectsPath, readContentFiles);
  if (!map.ok) throw new BadInput(formatProblems(map.problems));
  if (!effects.ok) throw new BadInput(formatProblems(effects.problems));
  return { map: map.value, effects: effects.value, names: ledgerNames(map.value, effects.value, scenarioTitles()) };
}

/** Reads a ledger from .json (content), .xlsx or .csv; any problem is a BadInput listing each row and column at fault. */
export async function readLedgerInput(path: string): Promise<LedgerInput> {
  if (path.toLowerCase().endsWith('.json')) {
    const loaded = loadLedgerContent(path, readContentFiles);
    if (!loaded.ok) throw new BadInput(formatProblems(loaded.problems));
    const { ledger, map, effects } = loaded.value;
    return { items: ledger.items, map, effects, names: ledgerNames(map, effects, scenarioTitles()) };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new BadInput(`${path}: no such file`);
  }
  const township = demoNames();
  const read = await readLedgerSheet(path, bytes, township.names);
  if (!read.ok) throw new BadInput(sheetProblemLines(path, read.problems).join('\n'));
  return { items: read.items, ...township };
}
