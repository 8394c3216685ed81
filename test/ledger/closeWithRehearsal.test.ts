// 销号 in the app: a ledger item closed with evidence and a rehearsal of the app's log as its verification drill,
// scored again here from the replay of its orders exactly as the scoring worker does (scoreRequest).
import { describe, expect, it } from 'vitest';
import { scenarioTitles } from '../../src/cli/ledgerInput.ts';
import { readContentFiles } from '../../src/cli/readContentFiles.ts';
import type { ScenarioOf } from '../../src/ledger/closeWithRehearsal.ts';
import { closeWithRehearsal, verificationChoices } from '../../src/ledger/closeWithRehearsal.ts';
import { closingText } from '../../src/ledger/closingText.ts';
import { ledgerNames } from '../../src/ledger/ledgerNames.ts';
import { readLedgerSheet } from '../../src/ledger/readLedgerSheet.ts';
import { writeLedgerCsv, writeLedgerXlsx } from '../../src/ledger/writeLedgerSheet.ts';
import type { Rehearsal } from '../../src/rehearsals/rehearsalSchema.ts';
import type { ScoreRequest } from '../../src/review/scoreRequest.ts';
import { scoreRequest } from '../../src/review/scoreRequest.ts';
import { demoRehearsal } from '../support/demoRehearsal.ts';
import { scenarioDrill } from '../support/demoDrill.ts';
import { demoLedger } from '../support/demoLedger.ts';

const marketLeak = 'YH-2026-020';
const items = () => demoLedger().ledger.items;
const scenarioOf: ScenarioOf = (id) => {
  const path = `scenarios/${id}.json`;
  return readContentFiles(path) === undefined ? undefined : { path, scenario: scenarioDrill(path).scenario };
};
const score = (request: ScoreRequest) => Promise.resolve(scoreRequest(request, readContentFiles));
const planned = () => demoRehearsal({ id: 'planned', withPlan: true, finishedAt: '2026-11-09T09:00:00.000Z' });
const idle = () => demoRehearsal({ id: 'idle', withPlan: false, finishedAt: '2026-11-10T09:00:00.000Z' });
const close = (rehearsal: Rehearsal | null, evidence = ['更换金属软管，验收合格'], scoreWith = score) =>
  closeWithRehearsal({ items: items(), effects: demoLedger().effects, number: marketLeak, evidence, rehearsal, scenarioOf, score: scoreWith });

describe('closing a hazard (销号) in the app', { timeout: 120_000 }, () => {
  it('closes the market’s gas hazard with its evidence and a gas-leak drill that passes on replay, and says by which drill', async () => {
    const closed = await close(planned());
    expect(closed.ok).toBe(true);
    if (!closed.ok) return;
    expect(closed.item).toMatchObject({ status: 'closed', verifiedBy: { scenarioId: 'demo-market-gas-leak', finishedOn: '2026-11-09' } });
    expect(closed.item.evidence.at(-1)).toBe('更换金属软管，验收合格');
    expect(closed.items.filter((i) => i.status === 'closed')).toHaveLength(items().filter((i) => i.status === 'closed').length + 1);
    expect(closingText('zh', marketLeak, closed, '集贸市场液化气泄漏', '2026-11-09')).toMatch(/^隐患 YH-2026-020 已销号：验证演练“集贸市场液化气泄漏”（2026-11-09）按其指令重新推演得 \d+\.\d 分，(合格|良好|优秀)$/);
  });

  it('keeps it open when the drill fails on replay, however the rehearsal scores itself', async () => {
    const forged = idle();
    forged.score = { ...forged.score, total: 100, conclusion: 'excellent' };
    forged.summary = { ...forged.summary, total: 100, conclusion: 'excellent' };
    const kept = await close(forged);
    expect(kept).toMatchObject({ ok: false, reason: 'drill-failed' });
    expect(closingText('en', marketLeak, kept, '', '')).toMatch(/^Hazard YH-2026-020 stays open: the verification drill, replayed from its orders, scored \d+\.\d and failed/);
  });

  it('refuses without a verification drill or without evidence, before scoring anything', async () => {
    const never = () => Promise.reject(new Error('nothing should be scored'));
    const noDrill = await close(null, ['更换金属软管'], never);
    expect(noDrill).toEqual({ ok: false, reason: 'no-verification-drill' });
    expect(closingText('zh', marketLeak, noDrill, '', '')).toBe('隐患 YH-2026-020 未销号：未选择验证演练（不解决不销号）');
    expect(await close(planned(), ['  '], never)).toEqual({ ok: false, reason: 'no-evidence' });
  });

  it('refuses a drill whose record changes its scenario in a way the township never declared, before scoring it', async () => {
    const never = () => Promise.reject(new Error('nothing should be scored'));
    const eased = planned();
    eased.record = { ...eased.record, hazards: [{ hazard: marketLeak, effect: 'unlicensed-lpg-bank', incident: 'market-lpg-leak', changes: [{ field: 'releaseKgPerS', multiply: 0.01 }] }] };
    expect(await close(eased, ['验收'], never)).toEqual({ ok: false, reason: 'drill-changed-undeclared' });
    const moved = planned();
    moved.record = { ...moved.record, placedAt: { hazard: marketLeak, incident: 'market-lpg-leak', place: 'elder-home', titleZh: '挪走', titleEn: 'Moved' } };
    expect(await close(moved, ['验收'], never)).toEqual({ ok: false, reason: 'drill-changed-undeclared' });
  });

  it('scores a drill that ran with the township’s own hazard as declared, and judges it by its replay', async () => {
    const effect = demoLedger().effects.find((e) => e.id === 'unlicensed-lpg-bank')!;
    const withHazard = idle();
    withHazard.record = { ...withHazard.record, hazards: [{ hazard: marketLeak, effect: effect.id, incident: 'market-lpg-leak', changes: effect.changes }] };
    expect(await close(withHazard)).toMatchObject({ ok: false, reason: 'drill-failed' });
  });

  it('offers as verification drills only the log’s drills of the hazard’s factor run after it was found, newest first', () => {
    const early = demoRehearsal({ id: 'early', withPlan: true, finishedAt: '2026-03-01T09:00:00.000Z' });
    const log = [planned(), early, idle()];
    const market = items().find((i) => i.id === marketLeak)!;
    expect(verificationChoices(market, log, scenarioOf).map((r) => r.id)).toEqual(['idle', 'planned']);
    const elderHomeExits = items().find((i) => i.id === 'YH-2026-001')!;
    expect(verificationChoices(elderHomeExits, log, scenarioOf)).toEqual([]);
  });

  it('keeps the closure, its evidence and its verification drill in the ledger it exports, as .xlsx and as CSV', async () => {
    const closed = await close(planned());
    if (!closed.ok) throw new Error(closed.reason);
    const { map, effects } = demoLedger();
    const names = ledgerNames(map, effects, scenarioTitles());
    for (const [file, bytes] of [['ledger.xlsx', await writeLedgerXlsx(closed.items, names)], ['ledger.csv', new TextEncoder().encode(await writeLedgerCsv(closed.items, names))]] as const) {
      const read = await readLedgerSheet(file, bytes, names);
      expect(read.ok && read.items.find((i) => i.id === marketLeak)).toEqual(closed.item);
    }
  });
});
