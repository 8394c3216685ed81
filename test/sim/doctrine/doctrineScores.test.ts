// A whole demo scenario run by the doctrine alone passes: at least 60 points and no veto, on seeds 1–3; and a
// township that makes the mistakes (a late report, a missing element) at every chance is caught at them.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreRun } from '../../../src/cli/scoreRun.ts';
import { runByDoctrine } from '../../support/doctrineRun.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

const demos = readdirSync('scenarios').filter((f) => f.startsWith('demo-') && f.endsWith('.json')).sort();

describe.each(demos)('%s run by the doctrine alone', { timeout: 300_000 }, (file) => {
  const path = `scenarios/${file}`;
  it.each([1, 2, 3])('scores at least 60 with no veto on seed %i', (seed) => {
    const score = scoreRun(scenarioDrill(path), runByDoctrine(path, { seed }).record);
    expect(score.vetoes.map((v) => v.veto)).toEqual([]);
    expect(score.total).toBeGreaterThanOrEqual(60);
  });
});

describe('the mistakes of a real township', { timeout: 300_000 }, () => {
  const path = 'scenarios/demo-market-gas-leak.json';

  it('a doctrine that is late to report every time is scored 迟报', () => {
    const run = runByDoctrine(path, { seed: 1, mistakes: { lateReport: 1 } });
    const score = scoreRun(scenarioDrill(path), run.record);
    expect(score.vetoes.map((v) => v.veto)).toContain('lateReport');
  });

  it('a doctrine that leaves an element out of every report is scored 漏报', () => {
    const run = runByDoctrine(path, { seed: 1, mistakes: { missingElement: 1 } });
    const score = scoreRun(scenarioDrill(path), run.record);
    expect(score.vetoes.map((v) => v.veto)).toContain('omission');
  });

  it('by the book (no chance of a mistake) the same drill has no veto', () => {
    const score = scoreRun(scenarioDrill(path), runByDoctrine(path, { seed: 1 }).record);
    expect(score.vetoes).toEqual([]);
  });
});
