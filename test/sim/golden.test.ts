// Golden outcomes: every scenario, left alone and under its reference plan, ends as pinned here. A change to any
// pinned value is a change of outcome, to be reviewed in the snapshot diff like any other change.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDrill } from '../../src/cli/runDrill.ts';
import { scoreRun } from '../../src/cli/scoreRun.ts';
import { stateHash } from '../../src/sim/index.ts';
import { scenarioDrill } from '../support/demoDrill.ts';
import { planOrders } from '../support/demoPlan.ts';

const scenarios = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.endsWith('schema.json')).sort();
const plans = new Set(readdirSync('scenarios/plans'));

function outcome(path: string, withPlan: boolean) {
  const drill = scenarioDrill(path);
  const name = path.split('/').pop()!;
  const orders = withPlan ? planOrders(`scenarios/plans/${name}`) : [];
  const { sim } = runDrill({ drill, seed: drill.scenario.seed, orders, untilS: drill.scenario.durationS });
  const state = sim.snapshot();
  return {
    stateHash: stateHash(state),
    events: sim.record().events.length,
    refusedOrders: sim.record().orders.filter((o) => o.rejected !== null).map((o) => `${o.atS}:${o.order.type}:${o.rejected}`),
    incidents: state.incidents.map((i) => ({ id: i.id, phases: i.phaseHistory.map((p) => `${p.atS}:${p.phase}`).join(' '), casualties: i.casualties, lossYuan: Math.round(i.lossYuan) })),
    moved: state.villages.reduce((n, v) => n + v.movedCount, 0),
    score: withPlan ? scoreRun(drill, sim.record()).total : undefined,
  };
}

describe.each(scenarios)('the scenario %s', { timeout: 120_000 }, (file) => {
  it('ends as pinned when nobody gives an order', () => {
    expect(outcome(`scenarios/${file}`, false)).toMatchSnapshot();
  });

  it.runIf(plans.has(file))('ends as pinned under its reference plan, with no order refused', () => {
    const result = outcome(`scenarios/${file}`, true);
    expect(result.refusedOrders).toEqual([]);
    expect(result).toMatchSnapshot();
  });
});
