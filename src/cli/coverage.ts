// `npm run coverage -- [--ledger FILE] [--rehearsals FILE] [--today YYYY-MM-DD] [--json] [--lang zh|en]
// [--export FILE.xlsx|FILE.csv]`: the coverage board — every village and unit × factor: last drill, result, open
// hazards, what is due — from the ledger and a rehearsal log export; and the annual assessment export.
// Exit codes: 0 success, 2 bad input (with the message), 1 internal error.
import { readdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblems, parseScenario } from '../sim/index.ts';
import { coverageBoard } from '../ledger/coverageBoard.ts';
import type { BoardNames } from '../ledger/coverageText.ts';
import { coverageLines } from '../ledger/coverageText.ts';
import { loadPlanContent } from '../ledger/planContent.ts';
import { rehearsalDone, scenarioCoverage } from '../ledger/scenarioCoverage.ts';
import { writeAssessmentCsv, writeAssessmentXlsx } from '../ledger/writeAssessment.ts';
import { parseExchange } from '../rehearsals/rehearsalExchange.ts';
import { demoLedgerPath, readLedgerInput } from './ledgerInput.ts';
import { readContentFiles } from './readContentFiles.ts';
import { BadInput, runCli } from './runCli.ts';

const usage = 'usage: npm run coverage -- [--ledger FILE] [--rehearsals FILE] [--today YYYY-MM-DD] [--json] [--lang zh|en] [--export FILE.xlsx|FILE.csv]';

function options(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: { ledger: { type: 'string' }, rehearsals: { type: 'string' }, today: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' }, export: { type: 'string' } } }).values;
  } catch (e) {
    throw new BadInput(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
  }
}

function rehearsalsFrom(path: string | undefined) {
  if (path === undefined) return [];
  const text = readContentFiles(path);
  if (text === undefined) throw new BadInput(`${path}: no such file`);
  const parsed = parseExchange(text);
  if (parsed.problems.length > 0) throw new BadInput(parsed.problems.map((p) => `${path}: ${p.entry}: ${p.field}: ${p.problem}`).join('\n'));
  return parsed.rehearsals.map(rehearsalDone);
}

async function main(argv: string[]): Promise<void> {
  const values = options(argv);
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new BadInput(`--today: must be a date written YYYY-MM-DD (got "${today}")`);
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw new BadInput('--lang: must be zh or en');
  const lang = values.lang === 'en' ? 'en' : 'zh';
  const { items, map } = await readLedgerInput(values.ledger ?? demoLedgerPath);
  const content = loadPlanContent(readContentFiles, Number(today.slice(0, 4)));
  if (!content.ok) throw new BadInput(formatProblems(content.problems));
  const scenarios = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.endsWith('schema.json')).sort().flatMap((f) => {
    const parsed = parseScenario(`scenarios/${f}`, readContentFiles(`scenarios/${f}`) ?? '');
    return parsed.ok ? [scenarioCoverage(parsed.value)] : [];
  });
  const board = coverageBoard({ map, items, ...content.value, scenarios, rehearsals: rehearsalsFrom(values.rehearsals), today });
  const places = [...map.villages, ...map.facilities, ...map.stations];
  const names: BoardNames = {
    target: (id) => { const p = places.find((o) => o.id === id); return { zh: p?.nameZh ?? id, en: p?.nameEn ?? id }; },
    scenario: (id) => { const s = scenarios.find((o) => o.id === id); return { zh: s?.titleZh ?? id, en: s?.titleEn ?? id }; },
    seasons: content.value.seasons,
  };
  if (values.export) {
    const lower = values.export.toLowerCase();
    if (lower.endsWith('.xlsx')) writeFileSync(values.export, await writeAssessmentXlsx(lang, board, names));
    else if (lower.endsWith('.csv')) writeFileSync(values.export, await writeAssessmentCsv(lang, board, names));
    else throw new BadInput(`--export: ${values.export} must end in .xlsx or .csv`);
  }
  process.stdout.write(values.json ? `${JSON.stringify(board, null, 2)}\n` : `${coverageLines(lang, board, names).join('\n')}\n`);
}

runCli(main);
