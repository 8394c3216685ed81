// The demo township's hazard ledger with its map and effects, loaded from scenarios/ledger once per test file.
import { readContentFiles } from '../../src/cli/readContentFiles.ts';
import { formatProblems } from '../../src/sim/index.ts';
import type { LedgerContent } from '../../src/sim/ledger/loadLedgerContent.ts';
import { loadLedgerContent } from '../../src/sim/ledger/loadLedgerContent.ts';

export const demoLedgerPath = 'scenarios/ledger/demo-township.json';

let cached: LedgerContent | null = null;

export function demoLedger(): LedgerContent {
  if (cached) return cached;
  const loaded = loadLedgerContent(demoLedgerPath, readContentFiles);
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  cached = loaded.value;
  return cached;
}
