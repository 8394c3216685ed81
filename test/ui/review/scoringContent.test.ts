// The page ships without the reference plans; the scoring worker reads them, so a drill scored in the browser is
// weighed against its plan just as `npm run score` weighs it.
import { describe, expect, it } from 'vitest';
import { loadDrill, loadReferencePlan } from '../../../src/sim/index.ts';
import { readContent } from '../../../src/ui/app/scenarioCatalog.ts';
import { readScoringContent } from '../../../src/ui/review/scoringContent.ts';

describe('the content the scoring worker reads', () => {
  it('holds every scenario’s reference plan, which the first page load leaves out', () => {
    expect(readContent('scenarios/plans/demo-market-gas-leak.json')).toBeUndefined();
    expect(readScoringContent('scenarios/plans/demo-market-gas-leak.json')).toContain('"dispatchUnit"');
  });

  it('loads the drill’s reference plan for scoring, and finds none for the page', () => {
    const drill = loadDrill('scenarios/demo-market-gas-leak.json', readContent);
    if (!drill.ok) throw new Error('the market scenario does not load for the page');
    const forScoring = loadReferencePlan(drill.value, readScoringContent);
    const forPage = loadReferencePlan(drill.value, readContent);
    expect(forScoring.ok && forScoring.value?.length).toBeGreaterThan(5);
    expect(forPage).toEqual({ ok: true, value: null });
  });
});
