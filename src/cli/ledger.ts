// `npm run ledger -- check FILE` and `npm run ledger -- export FILE.xlsx|FILE.csv [--ledger SOURCE]`: checks a
// hazard ledger (.xlsx, CSV or the JSON content) row by row, or writes one out as a spreadsheet.
// `npm run ledger -- close FILE --item NUMBER --evidence TEXT --drill RECORD.json [--on DATE] --out FILE.xlsx|.csv`:
// 销号 — closes a hazard with the evidence of its rectification and a verification drill (a saved drill record, scored
// here from its replay) of the hazard's factor, run on or after the day it was found, that passed (不解决不销号).
// Exit codes: 0 success, 2 bad input (each bad row named with its column), 1 internal error.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isOpen, IsoDate } from '../sim/index.ts';
import type { HazardItem } from '../sim/index.ts';
import type { LedgerNames } from '../ledger/ledgerNames.ts';
import type { StaysOpen } from '../ledger/verificationDrill.ts';
import { closeInLedger, declaredChanges, verificationDrill } from '../ledger/verificationDrill.ts';
import { writeLedgerCsv, writeLedgerXlsx } from '../ledger/writeLedgerSheet.ts';
import { demoLedgerPath, readLedgerInput } from './ledgerInput.ts';
import { BadInput, runCli } from './runCli.ts';
import { scoredRecordFile } from './scoredRecordFile.ts';
import { checkOutputFolder } from './writeOutputFile.ts';

const usage = 'usage: npm run ledger -- check FILE(.xlsx|.csv|.json)\n       npm run ledger -- export FILE(.xlsx|.csv) [--ledger SOURCE(.json|.xlsx|.csv)]'
  + '\n       npm run ledger -- close FILE(.xlsx|.csv|.json) --item NUMBER --evidence TEXT [--evidence TEXT …] --drill RECORD.json [--on YYYY-MM-DD] --out FILE(.xlsx|.csv)';

/** Why an item stays open, in the words of the ledger keeper. */
const refusalText: Record<StaysOpen, string> = {
  'no-such-item': 'there is no hazard of that number',
  'drill-changed-undeclared': 'the verification drill\'s record changes its scenario in a way the declared hazard effects (effects.json) and the ledger\'s places do not',
  'evidence-not-kept': 'the evidence is more than the ledger keeps (at most 50 notes of 4,000 characters)',
  'already-closed': 'it is already closed (已销号)',
  'no-evidence': 'no evidence of the rectification is given (--evidence)',
  'no-verification-drill': 'no verification drill is given (--drill)',
  'drill-of-another-factor': 'the verification drill has no incident of the hazard\'s factor',
  'drill-before-hazard': 'the verification drill was run before the hazard was found',
  'drill-failed': 'the verification drill failed (不合格): 不解决不销号',
};

/** Today in the machine's own time zone, as the ledger writes dates. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function writeSheet(file: string, items: HazardItem[], names: LedgerNames): Promise<void> {
  const lower = file.toLowerCase();
  if (lower.endsWith('.xlsx')) writeFileSync(file, await writeLedgerXlsx(items, names));
  else if (lower.endsWith('.csv')) writeFileSync(file, await writeLedgerCsv(items, names));
  else throw new BadInput(`${file}: the ledger written must end in .xlsx or .csv`);
}

async function close(file: string, values: { item?: string; evidence?: string[]; drill?: string; on?: string; out?: string }): Promise<void> {
  if (!values.item) throw new BadInput(`close: name the hazard with --item NUMBER (e.g. --item YH-2026-001)\n${usage}`);
  if (!values.out) throw new BadInput(`close: name the ledger to write with --out FILE.xlsx or FILE.csv\n${usage}`);
  if (!/\.(xlsx|csv)$/i.test(values.out)) throw new BadInput(`--out ${values.out}: the ledger written must end in .xlsx or .csv`);
  checkOutputFolder('--out', values.out);
  const on = values.on ?? today();
  if (!IsoDate.safeParse(on).success) throw new BadInput(`--on: the day of the verification drill, written YYYY-MM-DD (got "${on}")`);
  const { items, effects, names } = await readLedgerInput(file);
  const item = items.find((i) => i.id === values.item);
  if (!item) throw new BadInput(`--item: no hazard numbered "${values.item}" in ${file}`);
  const verification = values.drill ? scoredRecordFile(values.drill) : null;
  if (verification && !declaredChanges(verification.record, items, effects)) throw new BadInput(`--item ${item.id} stays open: ${refusalText['drill-changed-undeclared']}`);
  const closed = closeInLedger(items, item.id, values.evidence ?? [], verification ? verificationDrill(verification.drill.scenario, on, verification.score.conclusion) : null);
  if (!closed.ok) throw new BadInput(`--item ${item.id} stays open: ${refusalText[closed.reason]}`);
  await writeSheet(values.out, closed.items, names);
  const scored = verification ? `, verified by ${names.scenario.en(verification.drill.scenario.id)} (${names.scenario.zh(verification.drill.scenario.id)}) on ${on}, ${verification.score.total.toFixed(1)}` : '';
  process.stdout.write(`${item.id} closed (已销号)${scored}; ${values.out} written\n`);
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true,
      options: { ledger: { type: 'string' }, item: { type: 'string' }, evidence: { type: 'string', multiple: true }, drill: { type: 'string' }, on: { type: 'string' }, out: { type: 'string' } },
    });
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
  if (command === 'close') return close(file, parsed.values);
  if (command !== 'export') throw new BadInput(usage);
  const source = parsed.values.ledger ?? demoLedgerPath;
  const { items, names } = await readLedgerInput(source);
  await writeSheet(file, items, names);
  process.stdout.write(`${file}: ${items.length} hazards written from ${source}\n`);
}

runCli(main);
