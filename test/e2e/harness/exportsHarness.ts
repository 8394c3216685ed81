// The exports harness page: runs the market gas-leak drill under its reference plan in the browser, scores it as
// the review does, and offers the five export buttons the review shows, in the language of `?lang=`.
import { parseOrdersFile } from '../../../src/cli/ordersFile.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import { scoreRecord } from '../../../src/cli/scoreRun.ts';
import type { ReviewData } from '../../../src/review/reviewData.ts';
import { formatProblems } from '../../../src/sim/index.ts';
import { h } from '../../../src/ui/buildElement.ts';
import { findScenario, scenarioCatalog } from '../../../src/ui/app/scenarioCatalog.ts';
import { exportButtons } from '../../../src/ui/export/exportButtons.ts';
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

document.getElementById('screen')?.replaceChildren(h('div', { attrs: { 'data-testid': 'exports-harness' } }, [exportButtons(data, lang)]));
