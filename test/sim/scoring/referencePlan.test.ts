// The reference plan is loaded apart from the drill: a drill runs without it, scoring reads it beside the scenario.
import { describe, expect, it } from 'vitest';
import { loadDrill, loadReferencePlan, referencePlanPathFor } from '../../../src/sim/index.ts';
import { fileText, readWith } from '../../support/demoDrill.ts';

const scenario = 'scenarios/demo-market-gas-leak.json';
const planPath = 'scenarios/plans/demo-market-gas-leak.json';

function drillReading(read: (path: string) => string | undefined) {
  const drill = loadDrill(scenario, read);
  if (!drill.ok) throw new Error(`${scenario} does not load`);
  return drill.value;
}

describe('a scenario’s reference plan', () => {
  it('lies in the plans folder beside the scenario', () => {
    expect(referencePlanPathFor(scenario)).toBe(planPath);
    expect(referencePlanPathFor('demo.json')).toBe('plans/demo.json');
  });

  it('is read in time order, and is absent for a scenario with no plan file', () => {
    const plan = loadReferencePlan(drillReading(readWith({})), readWith({}));
    expect(plan.ok && plan.value !== null && plan.value.length).toBeGreaterThan(5);
    const times = plan.ok && plan.value ? plan.value.map((o) => o.atS) : [];
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const noPlan = (path: string) => (path === planPath ? undefined : readWith({})(path));
    expect(loadReferencePlan(drillReading(noPlan), noPlan)).toEqual({ ok: true, value: null });
  });

  it('that gives an order after the drill ends is named by its file and order, while the drill itself still loads', () => {
    const plan = JSON.parse(fileText(planPath)) as { atS: number }[];
    plan[0]!.atS = 10_000_000;
    const read = readWith({ [planPath]: JSON.stringify(plan) });
    const drill = drillReading(read);
    const loaded = loadReferencePlan(drill, read);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.problems[0]).toMatchObject({ file: planPath, path: '0.atS' });
  });
});
