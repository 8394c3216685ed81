import { describe, expect, it } from 'vitest';
import { addDays, buildWorld, closeHazard, HazardItem } from '../../../src/sim/index.ts';
import { scoreRun } from '../../../src/cli/scoreRun.ts';
import { findingWords } from '../../../src/i18n/findingText.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import { sendWordedFinding, sentFindingText } from '../../../src/ledger/findingForLedger.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { demoLedger } from '../../support/demoLedger.ts';

function marketFindings() {
  const drill = scenarioDrill('scenarios/demo-market-gas-leak.json');
  const run = runDrill({ drill, seed: drill.scenario.seed, orders: [], untilS: drill.scenario.durationS });
  const score = scoreRun(drill, run.sim.record());
  return { drill, world: buildWorld(drill), score };
}

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

describe('drill findings go to the ledger', () => {
  it('a finding becomes a new open ledger item with its five fixes filled from the finding', () => {
    const { world, score } = marketFindings();
    const finding = score.findings[0]!;
    const words = findingWords(world, finding);
    const { items, item, reopened } = sendWordedFinding('zh', world, demoLedger().ledger.items, finding, '2026-11-20');
    expect(reopened).toBe(false);
    expect(items).toHaveLength(demoLedger().ledger.items.length + 1);
    expect(item).toMatchObject({
      id: 'YH-2026-037', place: 'market', factor: 'explosion', domain: 'gas', status: 'open',
      descriptionZh: words.problem.zh, descriptionEn: words.problem.en, measuresZh: words.action.zh,
      deadline: addDays('2026-11-20', finding.deadlineDays), foundOn: '2026-11-20',
    });
    expect(item.responsibleTeam).not.toBe('');
    expect(HazardItem.safeParse(item).success).toBe(true);
  });

  it('an English user’s finding reaches the ledger in English, naming the team and the drill, never an id', () => {
    const { world, score } = marketFindings();
    const finding = score.findings[0]!;
    const sent = sendWordedFinding('en', world, demoLedger().ledger.items, finding, '2026-11-20');
    const { measuresZh: measures, foundBy, responsiblePerson, plan } = sent.item;
    for (const text of [measures, foundBy, responsiblePerson, plan]) expect(hasHan(text), text).toBe(false);
    expect(measures).toBe(findingWords(world, finding).action.en);
    expect(plan).toBe(world.drill.scenario.titleEn);
    expect(responsiblePerson).toBe(`Head of ${sent.teamName}`);
    expect(responsiblePerson).not.toContain(sent.item.responsibleTeam);
    expect(sentFindingText('en', sent)).toBe(`Recorded as hazard YH-2026-037: ${sent.teamName} answers for it, to be fixed by ${sent.item.deadline}`);
  });

  it('a Chinese user’s finding reaches the ledger in Chinese', () => {
    const { world, score } = marketFindings();
    const sent = sendWordedFinding('zh', world, [], score.findings[0]!, '2026-11-20');
    expect(sent.item.foundBy).toBe(`演练评估组（${world.drill.scenario.titleZh}）`);
    expect(sent.item.responsiblePerson).toBe(`${sent.teamName}主要负责人`);
    expect(hasHan(sent.teamName)).toBe(true);
  });

  it('the same finding in a later drill reopens the closed item instead of adding another', () => {
    const { drill, world, score } = marketFindings();
    const finding = score.findings[0]!;
    const first = sendWordedFinding('zh', world, [], finding, '2026-05-20');
    const closed = closeHazard(first.item, ['整改验收照片'], { scenarioId: drill.scenario.id, finishedOn: '2026-06-01', conclusion: 'pass', factors: ['explosion'] });
    expect(closed.ok).toBe(true);
    const again = sendWordedFinding('en', world, [closed.ok ? closed.item : first.item], finding, '2026-11-20');
    expect(again.reopened).toBe(true);
    expect(again.items).toHaveLength(1);
    expect(again.item.status).toBe('reopened');
    expect(again.item.verifiedBy).toBeNull();
    expect(sentFindingText('zh', again)).toContain(`隐患 ${first.item.id} 已重新挂账`);
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
