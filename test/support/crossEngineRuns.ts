// The drills the cross-engine test runs in Node and in Chromium alike: every demo scenario under its reference plan,
// scored, and one drill with curveballs of several factors. Only the core and a way to read content files go in,
// so the browser page (test/e2e/crossEngine/) and the test runner compute them with the same code.
import type { DrillRecord, ReadContent, TimedOrder } from '../../src/sim/index.ts';
import { createSimulation, formatProblems, loadDrill, loadReferencePlan, parseOrdersFile, scoreRecord, stateHash } from '../../src/sim/index.ts';

/** What must come out the same in every engine. */
export interface CrossEngineOutcome {
  drill: string;
  stateHash: string;
  eventCount: number;
  /** The 100-point total, unrounded beyond what scoring rounds itself. */
  score: number;
  refusedOrders: number;
}

/** The curveball drill: a crash, a collapse, a grass fire, a crowd crush and a gas leak added by the facilitator. */
export const curveballDrill = {
  name: 'curveballs on demo-flood-transfer',
  scenario: 'scenarios/demo-flood-transfer.json',
  seed: 'cross-engine-curveballs',
  untilS: 1800,
  orders: [
    { atS: 120, order: { type: 'addIncident', by: 'facilitator', template: 'road-crash', at: { xM: 3500, yM: 4100 } } },
    { atS: 300, order: { type: 'addIncident', by: 'facilitator', template: 'house-collapse', at: { xM: 8500, yM: 4200 } } },
    { atS: 400, order: { type: 'addIncident', by: 'facilitator', template: 'grass-fire', at: { xM: 2500, yM: 2500 } } },
    // The collapse's village calls it in before the command post sends anyone (an order may only name a known incident).
    { atS: 540, order: { type: 'relayInformation', by: 'facilitator', to: 'command-post', incident: 'curveball-2' } },
    { atS: 600, order: { type: 'dispatchUnit', by: 'command-post', unit: 'yjb-team', to: { incident: 'curveball-2' } } },
    { atS: 900, order: { type: 'addIncident', by: 'facilitator', template: 'crowd-crush', at: { xM: 4800, yM: 4300 } } },
    { atS: 1000, order: { type: 'addIncident', by: 'facilitator', template: 'lpg-leak', at: { xM: 4900, yM: 4400 } } },
  ] as TimedOrder[],
};

/** The demo scenarios with a reference plan, as `scenarios/<name>.json`, from a list of content paths. */
export function demoScenariosWithPlans(paths: readonly string[]): string[] {
  const plans = new Set(paths.filter((p) => p.startsWith('scenarios/plans/')).map((p) => p.replace('scenarios/plans/', '')));
  return paths.filter((p) => /^scenarios\/demo-[^/]+\.json$/.test(p) && plans.has(p.replace('scenarios/', ''))).sort();
}

function runAndScore(read: ReadContent, options: { name: string; scenario: string; seed?: string; untilS?: number; orders: TimedOrder[] }): CrossEngineOutcome {
  const loaded = loadDrill(options.scenario, read);
  if (!loaded.ok) throw new Error(`${options.scenario} does not load:\n${formatProblems(loaded.problems)}`);
  const drill = loaded.value;
  const sim = createSimulation(drill, options.seed ?? drill.scenario.seed);
  const untilS = options.untilS ?? drill.scenario.durationS;
  for (const { atS, order } of options.orders) {
    if (atS > untilS) break;
    sim.advance(atS - sim.timeS());
    sim.dispatch(order);
  }
  sim.advance(Math.max(0, untilS - sim.timeS()));
  const record: DrillRecord = sim.record();
  const referencePlan = loadReferencePlan(drill, read);
  if (!referencePlan.ok) throw new Error(formatProblems(referencePlan.problems));
  return {
    drill: options.name,
    stateHash: stateHash(sim.snapshot()),
    eventCount: record.events.length,
    score: scoreRecord(drill, record, referencePlan.value).total,
    refusedOrders: record.orders.filter((o) => o.rejected !== null).length,
  };
}

/** One drill's outcome: a demo scenario under its plan, or the curveball drill when `name` is its name. */
export function crossEngineOutcome(read: ReadContent, name: string): CrossEngineOutcome {
  if (name === curveballDrill.name) return runAndScore(read, curveballDrill);
  const planPath = name.replace('scenarios/', 'scenarios/plans/');
  const plan = parseOrdersFile(planPath, read(planPath) ?? '');
  if (!plan.ok) throw new Error(`${planPath}:\n${formatProblems(plan.problems)}`);
  return runAndScore(read, { name, scenario: name, orders: plan.value });
}

/** The names of every drill the cross-engine test compares, in order. */
export function crossEngineDrills(paths: readonly string[]): string[] {
  return [...demoScenariosWithPlans(paths), curveballDrill.name];
}
