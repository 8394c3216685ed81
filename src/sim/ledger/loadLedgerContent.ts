// Loads what the ledger works with from content: the ledger file, the township map it names, and the hazard
// effects declared beside it (effects.json in the ledger's folder). Every problem names its file and field.
import type { ContentProblem, Loaded } from '../scenario/contentError.ts';
import { parseJsonText } from '../scenario/contentError.ts';
import type { ReadContent } from '../scenario/loadDrill.ts';
import { besideScenario } from '../scenario/loadDrill.ts';
import { parseTownshipMap } from '../scenario/mapParser.ts';
import type { TownshipMap } from '../world/townshipMap.ts';
import { unknownEffects } from './applyHazards.ts';
import type { HazardEffect } from './hazardEffects.ts';
import { parseHazardEffects } from './hazardEffects.ts';
import type { Ledger } from './ledgerFile.ts';
import { LedgerFile, crossCheckLedger } from './ledgerFile.ts';
import { problemsFromZod } from '../scenario/contentError.ts';

export interface LedgerContent { ledger: Ledger; map: TownshipMap; effects: HazardEffect[]; files: { ledger: string; map: string; effects: string } }

/** The effects file beside a ledger: `scenarios/ledger/demo.json` → `scenarios/ledger/effects.json`. */
export const effectsPathFor = (ledgerPath: string): string => besideScenario(ledgerPath, 'effects.json');

export function loadMap(path: string, readContent: ReadContent): Loaded<TownshipMap> {
  const text = readContent(path);
  if (text === undefined) return { ok: false, problems: [{ file: path, path: '', problem: 'no such file' }] };
  const json = parseJsonText(path, text);
  return json.ok ? parseTownshipMap(path, json.value) : json;
}

export function loadEffects(path: string, readContent: ReadContent): Loaded<HazardEffect[]> {
  const text = readContent(path);
  return text === undefined ? { ok: false, problems: [{ file: path, path: '', problem: 'no such file' }] } : parseHazardEffects(path, text);
}

export function loadLedgerContent(ledgerPath: string, readContent: ReadContent): Loaded<LedgerContent> {
  const text = readContent(ledgerPath);
  if (text === undefined) return { ok: false, problems: [{ file: ledgerPath, path: '', problem: 'no such file' }] };
  const json = parseJsonText(ledgerPath, text);
  if (!json.ok) return json;
  const parsed = LedgerFile.safeParse(json.value);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(ledgerPath, parsed.error) };
  const mapPath = besideScenario(ledgerPath, parsed.data.map);
  const effectsPath = effectsPathFor(ledgerPath);
  const map = loadMap(mapPath, readContent);
  const effects = loadEffects(effectsPath, readContent);
  const problems: ContentProblem[] = [...(map.ok ? crossCheckLedger(ledgerPath, parsed.data.items, map.value) : map.problems), ...(effects.ok ? unknownEffects(ledgerPath, parsed.data.items, effects.value) : effects.problems)];
  if (problems.length > 0 || !map.ok || !effects.ok) return { ok: false, problems };
  return { ok: true, value: { ledger: parsed.data, map: map.value, effects: effects.value, files: { ledger: ledgerPath, map: mapPath, effects: effectsPath } } };
}
