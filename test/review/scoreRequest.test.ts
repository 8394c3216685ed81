import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/cli/readContentFiles.ts';
import { scoreRequest } from '../../src/review/scoreRequest.ts';
import { scoreRun } from '../../src/cli/scoreRun.ts';
import { runDemoPlan } from '../support/demoPlan.ts';
import { runDrill } from '../../src/cli/runDrill.ts';
import { hazardCostLines } from '../../src/ledger/hazardCostText.ts';
import { drillWithLedger } from '../../src/sim/index.ts';
import { scenarioDrill } from '../support/demoDrill.ts';
import { demoLedger } from '../support/demoLedger.ts';

describe('a scoring request, as the review’s worker answers it', { timeout: 60_000 }, () => {
  const { sim } = runDemoPlan({ seed: 'worker', untilS: 1800 });
  const record = sim.record();

  it('scores the record against its scenario, with the curves up to the record’s end', () => {
    const reply = scoreRequest({ scenarioPath: 'scenarios/demo-flood-transfer.json', record }, readContentFiles);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.score).toEqual(scoreRun(sim.world.drill, record));
    expect(reply.series.timesS.at(-1)).toBe(1800);
  });

  it('says which file did not load instead of failing silently', () => {
    const reply = scoreRequest({ scenarioPath: 'scenarios/no-such-drill.json', record }, readContentFiles);
    expect(reply).toMatchObject({ ok: false });
    expect(!reply.ok && reply.message).toMatch(/scenarios\/no-such-drill\.json/);
  });

  it('refuses to score a record against another scenario', () => {
    const reply = scoreRequest({ scenarioPath: 'scenarios/demo-market-gas-leak.json', record }, readContentFiles);
    expect(!reply.ok && reply.message).toBe('scenarios/demo-market-gas-leak.json: the record is of scenario demo-flood-transfer, not demo-market-gas-leak');
  });
});

describe('the review of a drill run with the ledger’s open hazards', { timeout: 120_000 }, () => {
  const { ledger, effects } = demoLedger();
  const plain = scenarioDrill('scenarios/demo-market-gas-leak.json');
  const withLedger = drillWithLedger(plain, ledger.items, effects);
  if (!withLedger.ok) throw new Error('the ledger does not apply');
  const run = runDrill({ drill: withLedger.value, seed: plain.scenario.seed, orders: [], untilS: 1800 });
  const record = run.sim.record();

  it('scores the drill as it was played, with the hazards, and says what each cost in either language', () => {
    const reply = scoreRequest({ scenarioPath: 'scenarios/demo-market-gas-leak.json', record }, readContentFiles);
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.score).toEqual(scoreRun(withLedger.value, record));
    expect(reply.costs.map((c) => c.hazard)).toEqual(['YH-2026-020']);
    const [en] = hazardCostLines('en', run.sim.world, reply.costs, ledger.items, effects);
    const [zh] = hazardCostLines('zh', run.sim.world, reply.costs, ledger.items, effects);
    expect(en).toMatch(/^This hazard was open: YH-2026-020 .* — .*(more injured|more dead|sooner|only because)/);
    expect(zh).toMatch(/^此隐患未整改：YH-2026-020 集贸市场餐馆液化气瓶组无证使用/);
    expect(`${en} ${zh}`).not.toContain('unlicensed-lpg-bank');
  });

  it('measures no costs for a drill without hazards', () => {
    const clean = runDrill({ drill: plain, seed: plain.scenario.seed, orders: [], untilS: 600 }).sim.record();
    const reply = scoreRequest({ scenarioPath: 'scenarios/demo-market-gas-leak.json', record: clean }, readContentFiles);
    expect(reply.ok && reply.costs).toEqual([]);
  });
});
