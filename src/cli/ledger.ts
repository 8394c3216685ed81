// `npm run ledger -- check FILE` and `npm run ledger -- export FILE.xlsx|FILE.csv [--ledger SOURCE]`: checks a
// hazard ledger (.xlsx, CSV or the JSON content) row by row, or writes one out as a spreadsheet.
// Exit codes: 0 success, 2 bad input (each bad row named with its column), 1 internal error.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isOpen } from '../sim/index.ts';
import { writeLedgerCsv, writeLedgerXlsx } from '../ledger/writeLedgerSheet.ts';
import { demoLedgerPath, readLedgerInput } from './ledgerInput.ts';
import { BadInput, runCli } from './runCli.ts';

const usage = 'usage: npm run ledger -- check FILE(.xlsx|.csv|.json)\n       npm run ledger -- export FILE(.xlsx|.csv) [--ledger SOURCE(.json|.xlsx|.csv)]';

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ledger: { type: 'string' } } });
  } catch (e) {
    throw new BadInput(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
  }
  const [command, file, ...rest] = parsed.positionals;
  if (!file || rest.length > 0) throw new BadInput(usage);
  if (command === 'check') {
    const { items } = await readLedgerInput(file);
    process.stdout.write(`${file}: ${items.length} hazards, ${items.filter((i) => isOpen(i.status)).length} open; every row is fine\n`);
    return;
  }
  if (command !== 'export') throw new BadInput(usage);
  const source = parsed.values.ledger ?? demoLedgerPath;
  const { items, names } = await readLedgerInput(source);
  const lower = file.toLowerCase();
  if (lower.endsWith('.xlsx')) writeFileSync(file, await writeLedgerXlsx(items, names));
  else if (lower.endsWith('.csv')) writeFileSync(file, await writeLedgerCsv(items, names));
  else throw new BadInput(`${file}: the export must end in .xlsx or .csv`);
  process.stdout.write(`${file}: ${items.length} hazards written from ${source}\n`);
}

runCli(main);
