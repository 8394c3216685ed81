// The evaluator's table (test/scoring/cases/table.json) for some demo scenarios: on every seed, plans made from the
// reference plan must rank as an evaluator would, and each dishonest or missing county report must trip its veto.
// The table is printed, so a reviewer sees every score the relations were judged on.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DrillScore } from '../../src/sim/index.ts';
import { noResponseBaseline, scoreDrill } from '../../src/sim/index.ts';
import { referencePlanOf, scenarioDrill } from './demoDrill.ts';
import type { PlanVariant } from './planVariants.ts';
import { runOrders, variantOrders } from './planVariants.ts';

interface Table { seeds: number[]; variants: Record<string, PlanVariant>; relations: [string, string][]; vetoes: Record<string, string>; needIncident: string[] }
const table = JSON.parse(readFileSync('test/scoring/cases/table.json', 'utf8')) as Table;

/** Every variant's score on one scenario and seed; a variant whose edits do not apply there is absent. The
 *  no-response and reference runs are the "nothing" and "reference" variants' own records. */
function scoresOn(file: string, seed: number): Map<string, DrillScore> {
  const drill = scenarioDrill(`scenarios/${file}`);
  const reference = runOrders(drill, seed, referencePlanOf(drill)!);
  const baseline = noResponseBaseline(drill, reference);
  const scores = new Map<string, DrillScore>();
  for (const [name, variant] of Object.entries(table.variants)) {
    if (drill.scenario.incidents.length === 0 && table.needIncident.includes(name)) continue;
    const orders = variantOrders(variant, { drill, scenarioFile: file, seed, reference });
    if (orders === null) continue;
    const record = name === 'reference' ? reference : name === 'nothing' ? baseline : runOrders(drill, seed, orders);
    scores.set(name, scoreDrill({ drill, record, rubric: drill.rubric, baseline, plan: reference }));
  }
  return scores;
}

const cell = (s: DrillScore | undefined) => (s === undefined ? '—' : `${s.total.toFixed(1)}${s.conclusion === 'fail' ? '✗' : ''}`);

export function evaluatorTable(files: readonly string[]): void {
  describe.each(files)('the evaluator’s table for %s', (file) => {
    const rows: { seed: number; scores: Map<string, DrillScore> }[] = [];
    beforeAll(() => { for (const seed of table.seeds) rows.push({ seed, scores: scoresOn(file, seed) }); }, 900_000);
    afterAll(() => {
      const names = Object.keys(table.variants);
      console.log([`${file} (✗ fails)`, ['seed', ...names].join('\t'), ...rows.map((r) => [r.seed, ...names.map((n) => cell(r.scores.get(n)))].join('\t'))].join('\n'));
    });

    it('passes the reference plan on every seed', () => {
      for (const { seed, scores } of rows) {
        const reference = scores.get('reference')!;
        expect({ seed, vetoes: reference.vetoes.map((v) => v.veto), fails: reference.conclusion === 'fail' }).toEqual({ seed, vetoes: [], fails: false });
      }
    });

    it.each(table.relations)('scores %s below %s on every seed', (lower, higher) => {
      for (const { seed, scores } of rows) {
        const low = scores.get(lower);
        const high = scores.get(higher);
        if (!low || !high) continue;
        expect({ seed, [lower]: low.total, below: low.total < high.total }).toEqual({ seed, [lower]: low.total, below: true });
      }
    });

    it.each(Object.entries(table.vetoes))('fails %s with the %s veto on every seed', (variant, veto) => {
      for (const { seed, scores } of rows) {
        const score = scores.get(variant);
        if (!score) continue;
        expect({ seed, tripped: score.vetoes.some((v) => v.veto === veto), conclusion: score.conclusion }).toEqual({ seed, tripped: true, conclusion: 'fail' });
      }
    });
  });
}
