import { describe, expect, it } from 'vitest';
import { runDrill } from '../../../src/cli/runDrill.ts';
import { readContentFiles } from '../../../src/cli/readContentFiles.ts';
import { describeEvent } from '../../../src/i18n/describeEvent.ts';
import type { Drill, DrillScore, TimedOrder } from '../../../src/sim/index.ts';
import { drillFromLedgerItem, drillOfRecord, formatProblems, loadReferencePlan, scoreRecord } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { demoLedger } from '../../support/demoLedger.ts';
import { planOrders } from '../../support/demoPlan.ts';

const crashTemplate = () => scenarioDrill('scenarios/demo-s215-bus-crash.json');

function drillOf(template: Drill, hazard: string): Drill {
  const { ledger, effects } = demoLedger();
  const built = drillFromLedgerItem(template, ledger.items.find((i) => i.id === hazard)!, ledger.items, effects);
  if (!built.ok) throw new Error(formatProblems(built.problems));
  return built.value;
}

function planFor(drill: Drill): TimedOrder[] {
  const plan = loadReferencePlan(drill, readContentFiles);
  if (!plan.ok || plan.value === null) throw new Error(plan.ok ? 'no plan' : formatProblems(plan.problems));
  return plan.value;
}

/** The injects' lines of the event feed, as the players read them in the language. */
function injectLines(drill: Drill, language: 'zh' | 'en', untilS = 900): string[] {
  const run = runDrill({ drill, seed: drill.scenario.seed, orders: [], untilS });
  return run.log.flatMap((l) => (l.kind === 'event' && l.event.type === 'inject.delivered' ? [describeEvent(run.sim.world, l.event, language)] : []));
}

/** The 谎报 findings of a score whose untrue elements include the place. */
const untruePlaces = (score: DrillScore) => score.findings.filter((f) => f.code === 'report.untrue' && String(f.params.elements).split(',').includes('place'));

describe('a crash drilled at the mine haul road’s hazard', () => {
  const haulRoad = () => drillOf(crashTemplate(), 'YH-2026-019');

  it('tells the traffic police and the clinic of a crash on the Beishan mine haul road, in Chinese and in English, never the S215 bend', () => {
    const zh = injectLines(haulRoad(), 'zh');
    expect(zh.find((l) => l.includes('122转警'))).toContain('122转警：北山煤矿运输路一辆客车与货车相撞');
    expect(zh.find((l) => l.includes('120求救'))).toContain('120求救：北山煤矿运输路客车翻车');
    expect(zh.join('\n')).not.toContain('鹰嘴弯');
    const en = injectLines(haulRoad(), 'en');
    expect(en.find((l) => l.includes('A 122 call'))).toContain('A 122 call: at Beishan mine haul road a bus and a lorry have collided');
    expect(en.find((l) => l.includes('A 120 call'))).toContain('a bus has overturned at Beishan mine haul road');
    expect(en.join('\n')).not.toContain('Eagle-beak');
  });

  it('asks nobody to close the S215 when the crash is on the haul road: no inject text or expected action names it', () => {
    const texts = haulRoad().scenario.injects.flatMap((i) => [i.messageZh, i.messageEn, i.expectedActionZh, i.expectedActionEn]);
    expect(texts.filter((t) => /S215|鹰嘴弯|Eagle-beak/.test(t))).toEqual([]);
    const nearMiss = haulRoad().scenario.injects.find((i) => i.id === 'near-miss')!;
    expect(nearMiss.expectedActionZh).toContain('必要时封闭该路段');
  });

  it('calls the incident after the haul road on every line of the feed that names it', () => {
    const drill = haulRoad();
    const run = runDrill({ drill, seed: drill.scenario.seed, orders: [], untilS: 300 });
    const lines = (language: 'zh' | 'en') => run.log.flatMap((l) => (l.kind === 'event' ? [describeEvent(run.sim.world, l.event, language)] : []));
    expect(lines('zh').filter((l) => l.includes('客车货车相撞')).every((l) => l.includes('北山煤矿运输路客车货车相撞'))).toBe(true);
    expect(lines('zh').join('\n')).not.toContain('鹰嘴弯');
    expect(lines('en').filter((l) => l.includes('bus and lorry crash')).every((l) => l.includes('bus and lorry crash on Beishan mine haul road'))).toBe(true);
    expect(lines('en').join('\n')).not.toMatch(/S215 bend|Eagle-beak/);
  });

  it('briefs the players on a crash on the haul road, in Chinese and in English', () => {
    const { briefingZh, briefingEn } = haulRoad().scenario;
    expect(briefingZh).toContain('一辆载有32人的乡村客运班车在北山煤矿运输路与一辆对向货车相撞');
    expect(briefingEn).toContain('collide on Beishan mine haul road');
    expect(`${briefingZh}${briefingEn}`).not.toMatch(/鹰嘴弯|Eagle-beak/);
  });

  it('keeps the injects’ new place when the drill is rebuilt from its record for replay and scoring', () => {
    const drill = haulRoad();
    const record = runDrill({ drill, seed: drill.scenario.seed, orders: [], untilS: 300 }).sim.record();
    const again = drillOfRecord(crashTemplate(), JSON.parse(JSON.stringify(record)) as typeof record);
    if (!again.ok) throw new Error(formatProblems(again.problems));
    expect(again.value.scenario.injects).toEqual(drill.scenario.injects);
    expect(again.value.scenario.incidents[0]!.titleZh).toBe('北山煤矿运输路客车货车相撞');
    expect(again.value.scenario.injects[0]!.messageZh).toContain('北山煤矿运输路');
  });

  it('run with the bus-crash plan files reports whose place is the haul road, none of them judged untrue (谎报) for it', () => {
    const drill = haulRoad();
    const plan = planFor(drill);
    const places = plan.flatMap((o) => (o.order.type === 'fileReport' && o.order.elements.place !== undefined ? [o.order.elements.place] : []));
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((p) => p === '北山煤矿运输路')).toBe(true);
    const record = runDrill({ drill, seed: drill.scenario.seed, orders: plan, untilS: drill.scenario.durationS }).sim.record();
    expect(untruePlaces(scoreRecord(drill, record, plan))).toEqual([]);
    // The plan as the template writes it still says the S215 bend: on the haul road that is a place judged untrue.
    const asWritten = planOrders('scenarios/plans/demo-s215-bus-crash.json');
    const recordAsWritten = runDrill({ drill, seed: drill.scenario.seed, orders: asWritten, untilS: drill.scenario.durationS }).sim.record();
    expect(untruePlaces(scoreRecord(drill, recordAsWritten, asWritten)).length).toBeGreaterThan(0);
  });
});

describe('a drill that does not move its incident', () => {
  it('reads the bus crash’s calls exactly as the scenario always wrote them', () => {
    const [call122, call120] = crashTemplate().scenario.injects;
    expect(call122!.messageZh).toBe('122转警：S215鹰嘴弯一辆客车与货车相撞，客车侧翻，车内有人呼救，路面有油，后方来车不断。');
    expect(call122!.messageEn).toBe('A 122 call: at the S215 Eagle-beak bend a bus and a lorry have collided; the bus is on its side, people inside are calling for help, there is oil on the road and traffic keeps coming.');
    expect(call120!.messageZh).toBe('120求救：鹰嘴弯客车翻车，伤员二三十人，有人昏迷不醒，有人被卡在车里。');
    expect(crashTemplate().scenario.incidents[0]).toMatchObject({ titleZh: 'S215鹰嘴弯客车货车相撞', titleEn: 'bus and lorry crash on the S215 bend' });
    expect(crashTemplate().scenario.briefingZh).toContain('一辆载有32人的乡村客运班车在省道S215鹰嘴弯与一辆对向货车相撞');
    expect(crashTemplate().scenario.briefingEn).toContain('A rural bus carrying 32 people and an oncoming lorry collide on the S215 Eagle-beak bend;');
  });

  it('keeps the bend in the texts of a hazard on the S215 bend itself, where the template’s crash stays', () => {
    const drill = drillOf(crashTemplate(), 'YH-2026-013');
    expect(drill.scenario.injects).toEqual(crashTemplate().scenario.injects);
    expect(drill.scenario.incidents[0]!.titleZh).toBe('S215鹰嘴弯客车货车相撞');
  });

  it('runs its plan with the places it wrote', () => {
    const plan = planFor(crashTemplate());
    expect(plan.flatMap((o) => (o.order.type === 'fileReport' ? [o.order.elements.place] : []))).toContain('省道S215鹰嘴弯（西村以东约2公里）');
  });
});

describe('a fire drilled at a hazard in another building than the elder-care home', () => {
  it('names the new building where the carer’s call named the elder-care home', () => {
    const { ledger } = demoLedger();
    const template = scenarioDrill('scenarios/demo-elder-home-fire.json');
    const other = ledger.items.find((i) => i.factor === 'fire' && i.domain === 'fireSafety' && i.place !== 'elder-home' && template.map.facilities.some((f) => f.id === i.place));
    if (!other) throw new Error('the demo ledger has no fire hazard at another facility');
    const drill = drillOf(template, other.id);
    const facility = template.map.facilities.find((f) => f.id === other.place)!;
    const call = drill.scenario.injects.find((i) => i.id === 'carer-calls')!;
    expect(call.messageZh.startsWith(`${facility.nameZh}夜班护理员`)).toBe(true);
    expect(call.messageEn).toContain(`A night carer at ${facility.nameEn} calls`);
  });
});
