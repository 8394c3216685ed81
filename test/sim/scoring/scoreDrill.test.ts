import { describe, expect, it } from 'vitest';
import { runDrill } from '../../../src/cli/runDrill.ts';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { buildWorld, scoreDrill } from '../../../src/sim/index.ts';
import type { Finding } from '../../../src/sim/index.ts';
import { findingAction, findingProblem } from '../../../src/i18n/findingText.ts';
import type { Drill } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { withEveryoneTold } from '../../support/toldEveryone.ts';

const market = () => scenarioDrill('scenarios/demo-market-gas-leak.json');
const plan = () => planOrders('scenarios/plans/demo-market-gas-leak.json');

function scored(orders: TimedOrder[], drill: Drill = market(), untilS = drill.scenario.durationS) {
  const record = runDrill({ drill, seed: drill.scenario.seed, orders: withEveryoneTold(drill, orders), untilS }).sim.record();
  const baseline = runDrill({ drill, seed: drill.scenario.seed, orders: [], untilS }).sim.record();
  return scoreDrill({ drill, record, rubric: drill.rubric, baseline });
}

const elements = { unit: '老街饭庄', occurredAtS: 0, place: '集贸市场东侧背街', scene: '液化气泄漏', factor: 'explosion' as const,
  course: '软管破裂', casualties: { deaths: 0, injured: 0, missing: 0 }, estimatedLossYuan: 0, measures: '疏散、关阀' };
const report = (atS: number, by: string, extra: object = {}): TimedOrder => ({ atS, order: { type: 'fileReport', by, kind: 'initial', incident: 'market-lpg-leak', elements: { ...elements, ...extra } } });
/** A report whose casualties and loss are what the reporter knows when filing it. */
const honestReport = (atS: number, by: string): TimedOrder => ({ atS, order: { type: 'fileReport', by, kind: 'initial', incident: 'market-lpg-leak', elements, figuresFrom: 'reporter' } });
/** A finding of the market drill as a person reads it. */
const words = (f: Finding, lang: 'zh' | 'en' = 'zh') => findingProblem(buildWorld(market()), lang, f);
const item = (score: ReturnType<typeof scored>, id: string) => score.capabilities.flatMap((c) => c.items).find((i) => i.id === id)!;

describe('scoring the reports of a drill', () => {
  it('counts a report to the county within the hour as on time', () => {
    const score = scored([report(150, 'paichusuo'), report(600, 'command-post')]);
    expect(item(score, 'on-time').earned).toBe(item(score, 'on-time').possible);
    expect(score.findings.some((f) => /迟报|瞒报/.test(words(f)))).toBe(false);
  });

  it('marks a report to the county after the hour as late (迟报)', () => {
    const score = scored([report(150, 'paichusuo'), report(5000, 'command-post')]);
    expect(score.findings.some((f) => f.item === 'reportOnTime' && words(f).includes('迟报'))).toBe(true);
    expect(item(score, 'on-time').earned).toBeLessThan(item(score, 'on-time').possible);
  });

  it('scales the hour by the scenario’s time compression', () => {
    const compressed: Drill = { ...market(), scenario: { ...market().scenario, timeCompression: 3 } };
    const score = scored([report(150, 'paichusuo'), report(1800, 'command-post')], compressed);
    expect(score.findings.some((f) => words(f).includes('迟报'))).toBe(true);
  });

  it('marks a report without all six elements as incomplete (漏报), naming what is missing', () => {
    const { course: _course, measures: _measures, ...partial } = elements;
    const score = scored([{ atS: 600, order: { type: 'fileReport', by: 'command-post', kind: 'initial', incident: 'market-lpg-leak', elements: partial } }]);
    const finding = score.findings.find((f) => f.item === 'reportComplete')!;
    expect(words(finding)).toContain('漏报');
    expect(words(finding, 'en')).toContain('course, measures');
  });

  it('marks understated casualties as untrue (谎报), which fails the drill whatever the points', () => {
    const honest = scored([...plan().filter((o) => o.order.type !== 'fileReport' && o.order.type !== 'actOnIncident'), honestReport(2000, 'command-post')]);
    const softened = scored([...plan().filter((o) => o.order.type !== 'fileReport' && o.order.type !== 'actOnIncident'), report(2000, 'command-post', { casualties: { deaths: 0, injured: 2, missing: 0 } })]);
    expect(honest.vetoes).toEqual([]);
    expect(softened.vetoes.map((v) => v.veto)).toEqual(['falseReport']);
    expect(softened.conclusion).toBe('fail');
    expect(words(softened.findings.find((f) => f.item === 'reportTruthful')!, 'en')).toMatch(/injured 2 \(truth: 1[67], tolerance \d+\)/);
  });

  it('marks a report to the command post of the wrong place or factor as untrue, without the county report’s veto', () => {
    const score = scored([report(150, 'paichusuo', { place: '东村卫生室', factor: 'fire' }), honestReport(600, 'command-post')]);
    const finding = score.findings.find((f) => f.item === 'reportTruthful')!;
    expect(words(finding, 'en')).toMatch(/type fire \(truth: explosion\).*place 东村卫生室 \(truth: .*, tolerance \d+ m\)/);
    expect(score.vetoes.map((v) => v.veto)).not.toContain('falseReport');
  });

  it('marks a known incident never reported to the county as concealed (瞒报), which fails the drill', () => {
    const score = scored(plan().filter((o) => o.order.type !== 'fileReport'));
    expect(score.vetoes.map((v) => v.veto)).toEqual(['concealment']);
    expect(score.conclusion).toBe('fail');
  });

  it('does not call a drill concealed before the reporting hour has run out', () => {
    expect(scored([], market(), 1800).vetoes).toEqual([]);
  });

  it('does not judge reports that were not yet due when the drill was ended', () => {
    // The leak is known at 2 min: ended at 5 min, nothing was due; at 15 min the report to the township was, not yet the county's.
    expect(item(scored([], market(), 300), 'on-time').applicable).toBe(false);
    const townshipOnly = item(scored([], market(), 900), 'on-time');
    expect(townshipOnly).toMatchObject({ applicable: true, earned: 0 });
    expect(item(scored([report(150, 'paichusuo')], market(), 900), 'on-time').earned).toBe(townshipOnly.possible);
  });

  it('scores early, honest bad news above hiding it', () => {
    const base = plan().filter((o) => o.order.type !== 'fileReport' && o.order.type !== 'actOnIncident');
    const told = scored([...base, honestReport(2000, 'command-post')]);
    const hidden = scored(base);
    expect(told.conclusion).not.toBe('fail');
    expect(hidden.conclusion).toBe('fail');
    expect(told.total).toBeGreaterThan(hidden.total);
  });
});

describe('scoring the response', () => {
  it('scores the reference plan above doing nothing on the same seed', () => {
    const good = scored(plan());
    const nothing = scored([]);
    expect(good.total).toBeGreaterThan(nothing.total + 40);
    expect(good.conclusion).not.toBe('fail');
    expect(nothing.conclusion).toBe('fail');
  });

  it('rates every capability P, S, M or U, and leaves capabilities the drill never tested unrated', () => {
    const score = scored(plan());
    expect(score.capabilities.find((c) => c.id === 'information-reporting')!.rating).toBe('P');
    expect(score.capabilities.find((c) => c.id === 'evacuation-shelter')!.rating).toBeNull();
  });

  it('credits the lead when the domain’s lead unit leads, and names absent supporting units', () => {
    const score = scored(plan());
    expect(item(score, 'right-lead').earned).toBe(item(score, 'right-lead').possible);
    expect(score.findings.filter((f) => f.item === 'supportTookPart').map((f) => f.owner).sort()).toEqual(['weishengyuan', 'zhujian']);
  });

  it('counts a supporting unit sent to the incident itself as taking part, and not one parked at the scene’s place', () => {
    const absentSupport = (extra: TimedOrder[]) => scored([...plan(), ...extra].sort((a, b) => a.atS - b.atS)).findings.filter((f) => f.item === 'supportTookPart').map((f) => f.owner).sort();
    const send = (to: { place: string } | { incident: string }): TimedOrder => ({ atS: 300, order: { type: 'dispatchUnit', by: 'weishengyuan', unit: 'wsy-ambulance-1', to } });
    expect(absentSupport([send({ incident: 'market-lpg-leak' })])).toEqual(['zhujian']);
    expect(absentSupport([send({ place: 'market' })])).toEqual(['weishengyuan', 'zhujian']);
  });

  it('credits the first order given at once after the leak became known, and less and less the longer it waits', () => {
    const firstOrder = (atS: number) => item(scored([{ atS, order: { type: 'dispatchUnit', by: 'paichusuo', unit: 'pcs-car-1', to: { incident: 'market-lpg-leak' } } }]), 'first-action');
    const prompt = firstOrder(125);
    const late = firstOrder(1500);
    expect(prompt.earned).toBe(prompt.possible);
    expect(late.earned).toBeGreaterThan(0);
    expect(late.earned).toBeLessThan(prompt.earned);
    expect(item(scored([]), 'first-action').earned).toBe(0);
  });

  it('finds a supporting team that joined only long after the leak was known idle while it was needed', () => {
    const clinic = (atS: number): TimedOrder => ({ atS, order: { type: 'dispatchUnit', by: 'weishengyuan', unit: 'wsy-ambulance-1', to: { incident: 'market-lpg-leak' } } });
    const clinicAt = (atS: number) => scored([...plan(), clinic(atS)].sort((a, b) => a.atS - b.atS));
    const idleTeams = (score: ReturnType<typeof scored>) => score.findings.filter((f) => f.item === 'unitsIdleWhileNeeded').map((f) => f.owner);
    expect(idleTeams(clinicAt(300))).toEqual([]);
    expect(idleTeams(clinicAt(3000))).toEqual(['weishengyuan']);
    expect(item(clinicAt(3000), 'units-not-idle').earned).toBeLessThan(item(clinicAt(300), 'units-not-idle').earned);
  });

  it('finds the drill over-committed when a crash becomes known after every unit that should answer it went to the leak', () => {
    const send = (unit: string, by: string): TimedOrder => ({ atS: 130, order: { type: 'dispatchUnit', by, unit, to: { incident: 'market-lpg-leak' } } });
    const crash: TimedOrder = { atS: 600, order: { type: 'addIncident', by: 'facilitator', template: 'road-crash', at: { xM: 3500, yM: 4100 } } };
    const everyone = [send('pcs-car-1', 'paichusuo'), send('pcs-car-2', 'paichusuo'), send('pcs-auxiliary', 'paichusuo'), send('wsy-ambulance-1', 'weishengyuan'),
      send('wsy-ambulance-2', 'weishengyuan'), send('wsy-medteam', 'weishengyuan'), send('jj-patrol-1', 'jiaojing'), send('jj-patrol-2', 'jiaojing')];
    const allIn = scored([...everyone, crash]);
    const withReserve = scored([send('pcs-car-1', 'paichusuo'), crash]);
    expect(allIn.findings.filter((f) => f.item === 'overCommitment').map((f) => f.params.incident)).toEqual(['curveball-1']);
    expect(item(allIn, 'reserve-kept')).toMatchObject({ applicable: true, earned: 0 });
    expect(item(withReserve, 'reserve-kept')).toMatchObject({ applicable: true, earned: 3 });
  });

  it('gives every finding a responsible team, a corrective action and a deadline (五落实)', () => {
    for (const f of scored([]).findings) {
      expect(f.owner.length).toBeGreaterThan(0);
      expect(findingAction('zh', f).length).toBeGreaterThan(0);
      expect(f.deadlineDays).toBeGreaterThan(0);
    }
  });

  it('keeps a scorecard for every team that gave orders', () => {
    const cards = scored(plan()).scorecards;
    expect(cards.map((c) => c.team)).toEqual(['command-post', 'gongdiansuo', 'paichusuo', 'shichangjianguan', 'yingjiban']);
    expect(cards.find((c) => c.team === 'paichusuo')).toMatchObject({ reportsFiled: 1, unitArrivals: 2 });
  });
});
