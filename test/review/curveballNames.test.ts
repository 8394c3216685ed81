// The world is static: a drill with curveballs runs, is reviewed and exported on a world frozen all the way down, and
// every place a person reads names each curveball by its title (from the state's curveballs or a view), never its id.
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/cli/readContentFiles.ts';
import { drillSummaryLines } from '../../src/cli/drillSummary.ts';
import { runDrill } from '../../src/cli/runDrill.ts';
import { scoreRun } from '../../src/cli/scoreRun.ts';
import { teamViewLines } from '../../src/cli/teamViewJson.ts';
import { describeEvent } from '../../src/i18n/describeEvent.ts';
import { namesWith } from '../../src/i18n/names.ts';
import { eventsCsv } from '../../src/review/csv/eventsCsv.ts';
import { scoresCsv } from '../../src/review/csv/scoresCsv.ts';
import { buildReport } from '../../src/review/report/buildReport.ts';
import type { ReviewData } from '../../src/review/reviewData.ts';
import type { TimedOrder } from '../../src/sim/index.ts';
import { formatProblems, loadDrill } from '../../src/sim/index.ts';
import { deepFreeze } from '../support/deepFreeze.ts';

const orders: TimedOrder[] = [
  { atS: 120, order: { type: 'addIncident', by: 'facilitator', template: 'road-crash', at: { xM: 3500, yM: 4100 } } },
  { atS: 300, order: { type: 'addIncident', by: 'facilitator', template: 'house-collapse', at: { xM: 8500, yM: 4200 } } },
  { atS: 600, order: { type: 'relayInformation', by: 'facilitator', to: 'command-post', incident: 'curveball-2', channel: 'phone' } },
  { atS: 600, order: { type: 'dispatchUnit', by: 'command-post', unit: 'yjb-team', to: { incident: 'curveball-2' } } },
  { atS: 660, order: { type: 'actOnIncident', by: 'command-post', incident: 'curveball-1', action: 'secureScene' } },
];

function frozenRun() {
  const loaded = loadDrill('scenarios/demo-flood-transfer.json', readContentFiles);
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  const drill = loaded.value;
  const frozenDrill = deepFreeze(drill);
  const run = runDrill({ drill, seed: 'curveball-seed', orders, untilS: 2400 });
  const frozenWorld = deepFreeze(run.sim.world);
  return { drill, run, unchanged: () => frozenDrill.typedArraysUnchanged() && frozenWorld.typedArraysUnchanged() };
}

describe('a drill with curveballs on a world frozen all the way down', { timeout: 120_000 }, () => {
  const { drill, run, unchanged } = frozenRun();
  const state = run.sim.snapshot();
  const record = run.sim.record();
  const curveballs = state.curveballs ?? [];
  const data: ReviewData = { world: namesWith(run.sim.world, state.curveballs), record, state, events: record.events, score: scoreRun(drill, record), finishedAt: '2026-07-15T16:05:00+08:00', mode: 'hall', team: null };
  const titles = { zh: curveballs.map((c) => c.titleZh), en: curveballs.map((c) => c.titleEn) };

  it('runs, keeping its curveballs in the state: both were added and neither order was refused', () => {
    expect(curveballs.map((c) => c.id)).toEqual(['curveball-1', 'curveball-2']);
    expect(record.orders.filter((o) => o.order.type === 'addIncident').map((o) => o.rejected)).toEqual([null, null]);
    expect(Object.isFrozen(run.sim.world.drill.scenario.incidents)).toBe(true);
  });

  it.each(['zh', 'en'] as const)('names the curveballs by their titles in the feed, the CSVs, the Word report and the CLI (%s), never by id', (lang) => {
    const feed = record.events.map((e) => describeEvent(data.world, e, lang));
    const texts = {
      feed: feed.join('\n'),
      eventsCsv: eventsCsv(data, lang).split(/\r\n/).map((row) => row.replace(/,curveball-\d+,/, ',')).join('\n'),
      scoresCsv: scoresCsv(data, lang),
      report: JSON.stringify(buildReport(data, lang)),
      cli: drillSummaryLines(run, null, lang).join('\n'),
      facilitatorView: teamViewLines(run.sim.world, run.sim.viewOf('facilitator'), lang).join('\n'),
      commandPostView: teamViewLines(run.sim.world, run.sim.viewOf('command-post'), lang).join('\n'),
    };
    for (const [where, text] of Object.entries(texts)) {
      expect(text, where).not.toMatch(/curveball-\d/);
      expect(text, where).not.toMatch(/临时加入的险情|incident added during the drill/);
    }
    for (const title of titles[lang]) for (const where of ['feed', 'eventsCsv', 'cli', 'facilitatorView'] as const) expect(texts[where], where).toContain(title);
    expect(texts.commandPostView).toContain(titles[lang][1]);
    expect(texts.scoresCsv + texts.report).toContain(titles[lang][0]);
  });

  it('leaves even the world’s grids as they were after the run, the review and the exports', () => {
    expect(unchanged()).toBe(true);
  });
});
