// The demo township's names for ledger sheets (map, hazard effects, scenario titles), built once per test file.
import type { LedgerNames } from '../../src/ledger/ledgerNames.ts';
import { ledgerNames } from '../../src/ledger/ledgerNames.ts';
import { scenarioTitles } from '../../src/cli/ledgerInput.ts';
import { demoLedger } from './demoLedger.ts';

let cached: LedgerNames | null = null;

export function demoLedgerNames(): LedgerNames {
  cached ??= ledgerNames(demoLedger().map, demoLedger().effects, scenarioTitles());
  return cached;
}
