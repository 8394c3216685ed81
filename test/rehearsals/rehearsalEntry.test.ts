// What the log keeps of a finished drill: enough to replay it and score it again, and a summary of its score.
import { describe, expect, it } from 'vitest';
import { runDrill } from '../../src/cli/runDrill.ts';
import { rehearsalEntry } from '../../src/rehearsals/rehearsalEntry.ts';
import { checkRehearsal } from '../../src/rehearsals/rehearsalSchema.ts';
import { replay, scoreDrill } from '../../src/sim/index.ts';
import { scenarioDrill } from '../support/demoDrill.ts';
import { demoReviewData, marketScenario } from '../support/demoRehearsal.ts';

describe('the entry kept for a finished drill', () => {
  it('keeps enough of the drill to replay it and score it again to the same result', () => {
    const data = demoReviewData({ withPlan: true, finishedAt: '2026-11-09T09:00:00.000Z' });
    const kept = rehearsalEntry(data, 'kept');
    const drill = scenarioDrill(`scenarios/${kept.scenarioId}.json`);
    const record = replay(drill, kept.seed, kept.record).record();
    expect(record.events).toEqual(data.record.events);
    const baseline = runDrill({ drill, seed: kept.seed, orders: [], untilS: kept.record.endS }).sim.record();
    expect(scoreDrill({ drill, record, rubric: drill.rubric, baseline })).toEqual(kept.score);
  });

  it('summarises the score: total, conclusion, vetoes, each capability’s share and rating, the toll and the findings', () => {
    const data = demoReviewData({ withPlan: false, finishedAt: '2026-11-02T09:00:00.000Z' });
    const { summary } = rehearsalEntry(data, 'idle');
    expect(summary).toMatchObject({ total: data.score.total, conclusion: data.score.conclusion, vetoes: data.score.vetoes.map((v) => v.veto) });
    expect(summary.capabilities.map((c) => c.rating)).toEqual(data.score.capabilities.map((c) => c.rating));
    for (const [i, c] of data.score.capabilities.entries()) expect(summary.capabilities[i]!.share).toBe(c.possible > 0 ? c.earned / c.possible : null);
    expect([summary.deadCount, summary.injuredCount, summary.missingCount]).toEqual([data.state.casualties.deadCount, data.state.casualties.injuredCount, data.state.casualties.missingCount]);
    expect(summary.findings).toEqual(data.score.findings.map((f) => ({ item: f.item, owner: f.owner })));
  });

  it('passes its own checks, and is named with the field when a part is wrong', () => {
    const entry = rehearsalEntry(demoReviewData({ withPlan: true, finishedAt: '2026-11-09T09:00:00.000Z' }), 'kept');
    expect(checkRehearsal(entry, 'kept').ok).toBe(true);
    expect(checkRehearsal({ ...entry, scenarioId: 'demo-heat-wave' }, 'kept')).toMatchObject({ ok: false, problems: [{ entry: 'kept', field: 'record' }] });
    expect(checkRehearsal({ ...entry, extra: 1 }, 'kept').ok).toBe(false);
    expect(entry.scenarioId).toBe(marketScenario);
  });
});
