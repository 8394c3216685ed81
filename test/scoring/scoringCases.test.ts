// Each rule of the score as a failing plan written out as data (test/scoring/cases/*.json, all but the table): the
// plan is made from the scenario's reference plan by the case's edits, run on the scenario's seed, scored against the
// no-response run and the reference plan, and held to what the case expects.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDrill } from '../../src/cli/runDrill.ts';
import type { DrillRecord, DrillScore } from '../../src/sim/index.ts';
import { noResponseBaseline, referencePlanRun, scoreDrill } from '../../src/sim/index.ts';
import { harmOf } from '../../src/sim/scoring/scoringContext.ts';
import { referencePlanOf, scenarioDrill } from '../support/demoDrill.ts';
import type { PlanVariant } from '../support/planVariants.ts';
import { runOrders, variantOrders } from '../support/planVariants.ts';

interface ScoringCase {
  name: string;
  scenario: string;
  untilS?: number;
  plan: PlanVariant;
  compareWith?: PlanVariant;
  expect: {
    vetoes?: string[];
    noVetoes?: boolean;
    conclusion?: string;
    belowCompare?: boolean;
    moreHurtThanCompare?: boolean;
    /** By rubric item id: 'none' earned nothing, 'lost' earned less than possible, 'full' earned it all. */
    items?: Record<string, 'none' | 'lost' | 'full'>;
  };
}

const cases = readdirSync('test/scoring/cases').filter((f) => f.endsWith('.json') && f !== 'table.json').sort()
  .map((f) => JSON.parse(readFileSync(`test/scoring/cases/${f}`, 'utf8')) as ScoringCase);

function run(c: ScoringCase, variant: PlanVariant): { record: DrillRecord; score: DrillScore } {
  const drill = scenarioDrill(`scenarios/${c.scenario}`);
  const seed = drill.scenario.seed;
  const referencePlan = referencePlanOf(drill);
  const reference = runOrders(drill, seed, referencePlan!);
  const orders = variantOrders(variant, { drill, scenarioFile: c.scenario, seed, reference });
  if (orders === null) throw new Error(`${c.name}: the case's edits do not apply to ${c.scenario}`);
  const record = runDrill({ drill, seed, orders, untilS: c.untilS ?? drill.scenario.durationS }).sim.record();
  const plan = referencePlanRun(drill, record, referencePlan);
  return { record, score: scoreDrill({ drill, record, rubric: drill.rubric, baseline: noResponseBaseline(drill, record), ...(plan ? { plan } : {}) }) };
}

function harm(record: DrillRecord): number {
  const toll = { deadCount: 0, injuredCount: 0, missingCount: 0 };
  for (const e of record.events) {
    if (e.type !== 'incident.casualties') continue;
    toll.deadCount += e.deadCount;
    toll.injuredCount += e.injuredCount;
    toll.missingCount += e.missingCount;
  }
  return harmOf(toll);
}

describe('scoring rules, each with its failing plan as data', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', { timeout: 300_000 }, (_name, c) => {
    const { record, score } = run(c, c.plan);
    const tripped = score.vetoes.map((v) => v.veto);
    if (c.expect.vetoes) expect(tripped).toEqual(expect.arrayContaining(c.expect.vetoes));
    if (c.expect.noVetoes) expect(tripped).toEqual([]);
    if (c.expect.conclusion) expect(score.conclusion).toBe(c.expect.conclusion);
    for (const [id, want] of Object.entries(c.expect.items ?? {})) {
      const item = score.capabilities.flatMap((cap) => cap.items).find((i) => i.id === id)!;
      expect({ id, applicable: item.applicable }).toEqual({ id, applicable: true });
      if (want === 'none') expect({ id, earned: item.earned }).toEqual({ id, earned: 0 });
      if (want === 'full') expect({ id, earned: item.earned }).toEqual({ id, earned: item.possible });
      if (want === 'lost') expect(item.earned).toBeLessThan(item.possible);
    }
    if (c.compareWith) {
      const other = run(c, c.compareWith);
      if (c.expect.belowCompare) expect(score.total).toBeLessThan(other.score.total);
      if (c.expect.moreHurtThanCompare) expect(harm(record)).toBeGreaterThan(harm(other.record));
    }
  });
});
