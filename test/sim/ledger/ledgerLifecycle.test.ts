import { describe, expect, it } from 'vitest';
import { addDays, buildWorld, closeHazard, HazardItem, sendFindingToLedger } from '../../../src/sim/index.ts';
import { scoreRun } from '../../../src/cli/scoreRun.ts';
import { findingWords } from '../../../src/i18n/findingText.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { demoLedger } from '../../support/demoLedger.ts';

function marketFindings() {
  const drill = scenarioDrill('scenarios/demo-market-gas-leak.json');
  const run = runDrill({ drill, seed: drill.scenario.seed, orders: [], untilS: drill.scenario.durationS });
  const score = scoreRun(drill, run.sim.record());
  const world = buildWorld(drill);
  // As the review sends one: the finding with its words.
  return { drill, score: { ...score, findings: score.findings.map((f) => ({ ...f, ...findingWords(world, f) })) } };
}

describe('drill findings go to the ledger', () => {
  it('a finding becomes a new open ledger item with its five fixes filled from the finding', () => {
    const { drill, score } = marketFindings();
    const finding = score.findings[0]!;
    const { items, item, reopened } = sendFindingToLedger(demoLedger().ledger.items, finding, { scenario: drill.scenario, map: drill.map, finishedOn: '2026-11-20' });
    expect(reopened).toBe(false);
    expect(items).toHaveLength(demoLedger().ledger.items.length + 1);
    expect(item).toMatchObject({
      id: 'YH-2026-037', place: 'market', factor: 'explosion', domain: 'gas', status: 'open',
      descriptionZh: finding.problem.zh, measuresZh: finding.action.zh, deadline: addDays('2026-11-20', finding.deadlineDays), foundOn: '2026-11-20',
    });
    expect(item.responsibleTeam).not.toBe('');
    expect(HazardItem.safeParse(item).success).toBe(true);
  });

  it('the same finding in a later drill reopens the closed item instead of adding another', () => {
    const { drill, score } = marketFindings();
    const finding = score.findings[0]!;
    const first = sendFindingToLedger([], finding, { scenario: drill.scenario, map: drill.map, finishedOn: '2026-05-20' });
    const closed = closeHazard(first.item, ['整改验收照片'], { scenarioId: drill.scenario.id, finishedOn: '2026-06-01', conclusion: 'pass', factors: ['explosion'] });
    expect(closed.ok).toBe(true);
    const again = sendFindingToLedger([closed.ok ? closed.item : first.item], finding, { scenario: drill.scenario, map: drill.map, finishedOn: '2026-11-20' });
    expect(again.reopened).toBe(true);
    expect(again.items).toHaveLength(1);
    expect(again.item.status).toBe('reopened');
  });
});

describe('不解决不销号: closing a hazard', () => {
  const item = () => demoLedger().ledger.items.find((i) => i.id === 'YH-2026-020')!;
  const passing = { scenarioId: 'demo-market-gas-leak', finishedOn: '2026-05-20', conclusion: 'good' as const, factors: ['explosion' as const] };

  it('cannot close an item without a verification drill, even with evidence', () => {
    expect(closeHazard(item(), ['更换金属软管，验收合格'], null)).toEqual({ ok: false, reason: 'no-verification-drill' });
  });

  it('cannot close an item without evidence', () => {
    expect(closeHazard(item(), [], passing)).toEqual({ ok: false, reason: 'no-evidence' });
  });

  it('cannot close an item with a drill that failed, of another factor, or from before it was found', () => {
    expect(closeHazard(item(), ['验收'], { ...passing, conclusion: 'fail' })).toEqual({ ok: false, reason: 'drill-failed' });
    expect(closeHazard(item(), ['验收'], { ...passing, factors: ['fire'] })).toEqual({ ok: false, reason: 'drill-of-another-factor' });
    expect(closeHazard(item(), ['验收'], { ...passing, finishedOn: '2026-03-01' })).toEqual({ ok: false, reason: 'drill-before-hazard' });
  });

  it('closes an item with evidence and a passing verification drill, recording the drill', () => {
    const closed = closeHazard(item(), ['更换金属软管，验收合格'], passing);
    expect(closed).toMatchObject({ ok: true, item: { status: 'closed', verifiedBy: { scenarioId: 'demo-market-gas-leak', finishedOn: '2026-05-20' }, evidence: ['更换金属软管，验收合格'] } });
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2026-11-20', 15)).toBe('2026-12-05');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
