import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/cli/readContentFiles.ts';
import { scoreRequest } from '../../src/review/scoreRequest.ts';
import { scoreRun } from '../../src/cli/scoreRun.ts';
import { runDemoPlan } from '../support/demoPlan.ts';

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
