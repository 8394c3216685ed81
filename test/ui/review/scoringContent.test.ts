// The page ships without the reference plans; the scoring worker reads them, so a drill scored in the browser is
// weighed against its plan just as `npm run score` weighs it.
import { describe, expect, it } from 'vitest';
import { loadDrill } from '../../../src/sim/index.ts';
import { readContent } from '../../../src/ui/app/scenarioCatalog.ts';
import { readScoringContent } from '../../../src/ui/review/scoringContent.ts';

describe('the content the scoring worker reads', () => {
  it('holds every scenario’s reference plan, which the first page load leaves out', () => {
    expect(readContent('scenarios/plans/demo-market-gas-leak.json')).toBeUndefined();
    expect(readScoringContent('scenarios/plans/demo-market-gas-leak.json')).toContain('"dispatchUnit"');
  });

  it('loads the drill with its reference plan for scoring, and without it for the page', () => {
    const forScoring = loadDrill('scenarios/demo-market-gas-leak.json', readScoringContent);
    const forPage = loadDrill('scenarios/demo-market-gas-leak.json', readContent);
    expect(forScoring.ok && forScoring.value.referencePlan?.length).toBeGreaterThan(5);
    expect(forPage.ok && forPage.value.referencePlan).toBeNull();
  });
});
