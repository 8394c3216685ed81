// The exports harness page: runs the market gas-leak drill under its reference plan in the browser, scores it as
// the review does, and offers the five exports under the review's test ids, in the language of `?lang=`.
import { parseOrdersFile } from '../../../src/cli/ordersFile.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import { scoreRecord } from '../../../src/cli/scoreRun.ts';
import type { ReviewData } from '../../../src/review/reviewData.ts';
import { formatProblems } from '../../../src/sim/index.ts';
import { button, h } from '../../../src/ui/buildElement.ts';
import { findScenario, scenarioCatalog } from '../../../src/ui/app/scenarioCatalog.ts';
import type { ExportKind } from '../../../src/ui/export/exportAs.ts';
import { exportAs } from '../../../src/ui/export/exportAs.ts';
import planText from '../../../scenarios/plans/demo-market-gas-leak.json?raw';

const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
const drill = findScenario(scenarioCatalog(), 'demo-market-gas-leak')?.drill();
const plan = parseOrdersFile('scenarios/plans/demo-market-gas-leak.json', planText);
if (!drill || !plan.ok) throw new Error(plan.ok ? 'demo-market-gas-leak does not load' : formatProblems(plan.problems));
const { sim } = runDrill({ drill, seed: drill.scenario.seed, orders: plan.value, untilS: drill.scenario.durationS });
const record = sim.record();
const data: ReviewData = {
  world: sim.world, record, state: sim.snapshot(), events: record.events, score: scoreRecord(drill, record),
  finishedAt: new Date().toISOString(), mode: 'hall', team: null,
};

const outcome = h('p', { attrs: { 'data-testid': 'export-outcome' } });
const kinds: [ExportKind, string][] = [['json', 'export-json'], ['eventsCsv', 'export-events-csv'], ['scoresCsv', 'export-scores-csv'], ['print', 'export-print'], ['docx', 'export-docx']];
document.getElementById('screen')?.replaceChildren(h('div', { attrs: { 'data-testid': 'exports-harness' } }, [
  ...kinds.map(([kind, testId]) => button(kind, () => void exportAs(kind, data, lang).then((o) => { outcome.textContent = o.ok ? (o.fileName ?? 'printed') : o.message; }), { attrs: { 'data-testid': testId } })),
  outcome,
]));
