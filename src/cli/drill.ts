// `npm run drill -- <scenario> [--seed S] [--orders FILE] [--until MIN] [--json] [--lang zh|en] [--save-record FILE]
// [--ledger FILE] [--view TEAM] [--doctrine [all|TEAM,TEAM…]] [--role TEAM]`, or `npm run drill -- --from-ledger FILE
// --item NUMBER [...]`: a drill, headless, with its score; with a ledger, its open hazards changing the drill where they
// lie, and what each cost measured against the same seed without it; from a ledger item, the township's template for
// its domain and factor with the incident placed at the hazard (and the ledger's open hazards applied); with --view, what one team knows and sees at the end; with --doctrine, the township's doctrine plays those teams
// (all: every team) beside any orders; with --role, a micro-drill: the trainee's orders for that team, the doctrine
// playing every other team, and the score of that team alone on its duties.
// Exit codes: 0 success, 2 bad input (with the message), 1 internal error.
import { parseArgs } from 'node:util';
import { BadInput, runCli } from './runCli.ts';
import { formatProblems, loadDrill, scoreRecord, viewTeams } from '../sim/index.ts';
import { teamViewJson, teamViewLines } from './teamViewJson.ts';
import { drillSummaryJson, drillSummaryLines } from './drillSummary.ts';
import type { TimedOrder } from '../sim/index.ts';
import { parseOrdersFile } from '../sim/index.ts';
import { readContentFiles } from './readContentFiles.ts';
import { runDrill } from './runDrill.ts';
import { referencePlanOnDisk } from './scoreRun.ts';
import type { LedgerInput } from './ledgerInput.ts';
import { readLedgerInput } from './ledgerInput.ts';
import { drillFromLedgerArgs } from './ledgerDrill.ts';
import type { Drill } from '../sim/index.ts';
import { drillWithLedger } from '../sim/index.ts';
import { hazardCosts } from '../sim/index.ts';
import { hazardCostLines } from '../ledger/hazardCostText.ts';
import { ui } from '../i18n/ui/uiText.ts';
import { checkOutputFolder, writeOutputFile } from './writeOutputFile.ts';
import { checkSeed } from './checkSeed.ts';
import { doctrineFlagWithValue, doctrineFromArgs } from './doctrineInput.ts';
import { checkRole, checkRoleOrders, roleDoctrineTeams, roleVerdict } from './roleOption.ts';
import { scoreLines } from './scoreLines.ts';
import { runNames } from './runNames.ts';

const usage = 'usage: npm run drill -- <scenario.json> | --from-ledger ledger.json|.xlsx|.csv --item NUMBER [--seed S] [--orders orders.json] [--until minutes] [--json] [--lang zh|en] [--save-record record.json] [--ledger ledger.json|.xlsx|.csv] [--view team] [--doctrine [all|team,team…]] [--role team]';


async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgsOrExplain(doctrineFlagWithValue(argv));
  const fromLedger = values['from-ledger'];
  if (fromLedger ? positionals.length > 0 : positionals.length !== 1) throw new BadInput(fromLedger ? `--from-ledger builds the drill from the ledger item: give no scenario file\n${usage}` : usage);
  if (fromLedger && values.ledger) throw new BadInput('--from-ledger applies that ledger\'s open hazards already: leave out --ledger');
  if (values.item !== undefined && !fromLedger) throw new BadInput('--item: name the ledger with --from-ledger FILE');
  if (values['save-record']) checkOutputFolder('--save-record', values['save-record']);
  if (values.seed !== undefined) checkSeed('--seed', values.seed);
  const { base, drill, ledger } = fromLedger ? await drillFromLedgerArgs(fromLedger, values.item) : await scenarioDrill(positionals[0]!, values.ledger);
  const scenarioPath = positionals[0] ?? drill.files.scenario;
  const referencePlan = referencePlanOnDisk(drill);
  let orders: TimedOrder[] = [];
  if (values.orders) {
    const text = readContentFiles(values.orders);
    if (text === undefined) throw new BadInput(`${values.orders}: no such file`);
    const parsed = parseOrdersFile(values.orders, text, drill);
    if (!parsed.ok) throw new BadInput(formatProblems(parsed.problems));
    orders = parsed.value;
  }
  const untilS = values.until === undefined ? drill.scenario.durationS : minutesToSeconds(values.until);
  const language = values.lang === 'en' ? 'en' : 'zh';
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh') throw new BadInput('--lang: must be zh or en');
  const team = values.view;
  if (team !== undefined && !viewTeams(drill).includes(team)) {
    throw new BadInput(`--view: no team "${team}" in ${scenarioPath}: use facilitator, command-post, county, a station, a village or an enterprise with units`);
  }
  const role = values.role === undefined ? undefined : checkRole(drill, scenarioPath, values.role);
  if (role !== undefined && values.orders) checkRoleOrders(values.orders, orders, role);
  const late = orders.filter((o) => o.atS > untilS).length;
  if (late > 0) process.stderr.write(`${values.orders}: ${late} order(s) come after --until (${untilS} s) and were not given\n`);
  const seed = values.seed ?? drill.scenario.seed;
  const doctrineList = role === undefined ? values.doctrine : roleDoctrineTeams(drill, role, values.doctrine);
  const doctrine = doctrineList === undefined ? undefined : doctrineFromArgs(scenarioPath, drill, doctrineList, seed);
  const run = runDrill({ drill, seed, orders, untilS, ...(doctrine ? { doctrine } : {}) });
  if (values['save-record']) writeOutputFile('--save-record', values['save-record'], `${JSON.stringify(run.sim.record())}\n`);
  if (team !== undefined) {
    const view = run.sim.viewOf(team);
    process.stdout.write(`${values.json ? JSON.stringify(teamViewJson(view), null, 2) : teamViewLines(run.sim.world, view, language).join('\n')}\n`);
    return;
  }
  const names = runNames(run);
  const costs = ledger ? hazardCosts(base, run.sim.record(), ledger.effects) : [];
  const costLines = ledger && costs.length > 0 ? [ui(language, 'ledger.cost.title'), ...hazardCostLines(language, names, costs, ledger.items, ledger.effects).map((l) => `  ${l}`)] : [];
  if (role !== undefined) {
    const summary = drillSummaryJson(run, referencePlan, { role });
    const verdict = roleVerdict(names, summary.score, role, orders.length, language);
    process.stdout.write(`${values.json ? JSON.stringify({ ...summary, role: verdict }, null, 2) : [...drillSummaryLines(run, referencePlan, language), ...verdict.why].join('\n')}\n`);
    return;
  }
  // A drill the doctrine played ends with its score, in words (the JSON carries it always).
  const doctrineScore = doctrine && !values.json ? scoreLines(names, scoreRecord(run.sim.world.drill, run.sim.record(), referencePlan), language) : [];
  const out = values.json ? JSON.stringify({ ...drillSummaryJson(run, referencePlan), ...(ledger ? { hazards: costs } : {}) }, null, 2) : [...drillSummaryLines(run, referencePlan, language), ...costLines, ...doctrineScore].join('\n');
  process.stdout.write(`${out}\n`);
}

/** The scenario as loaded (`base`), and with the ledger's open hazards applied when one is given. */
async function scenarioDrill(scenarioPath: string, ledgerPath: string | undefined): Promise<{ base: Drill; drill: Drill; ledger: LedgerInput | null }> {
  const loaded = loadDrill(scenarioPath, readContentFiles);
  if (!loaded.ok) throw new BadInput(formatProblems(loaded.problems));
  if (!ledgerPath) return { base: loaded.value, drill: loaded.value, ledger: null };
  const ledger = await readLedgerInput(ledgerPath);
  const drill = drillWithLedger(loaded.value, ledger.items, ledger.effects);
  if (!drill.ok) throw new BadInput(formatProblems(drill.problems));
  return { base: loaded.value, drill: drill.value, ledger };
}

function parseArgsOrExplain(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { seed: { type: 'string' }, orders: { type: 'string' }, until: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' }, 'save-record': { type: 'string' }, ledger: { type: 'string' }, 'from-ledger': { type: 'string' }, item: { type: 'string' }, view: { type: 'string' }, doctrine: { type: 'string' }, role: { type: 'string' } },
    });
  } catch (e) {
    throw new BadInput(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
  }
}

function minutesToSeconds(text: string): number {
  const minutes = Number(text);
  if (!Number.isFinite(minutes) || minutes < 0 || minutes > 72 * 60) throw new BadInput(`--until: must be minutes between 0 and 4320 (got "${text}")`);
  return Math.round(minutes * 60);
}

runCli(main);
