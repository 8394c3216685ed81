import { referencePlanOnDisk } from '../../src/cli/scoreRun.ts';
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim/index.ts';
import { scenarioDrill } from '../support/demoDrill.ts';
import { microDrillFolder, microDrillIds, microDrillRun, typicalMistake } from '../support/microDrillRun.ts';
import type { MicroDrillRunKind } from '../support/microDrillRun.ts';

const ids = microDrillIds();
const drillOf = (id: string) => scenarioDrill(`${microDrillFolder}/${id}.json`);

describe('the micro-drills', () => {
  it('are at least sixteen, over all eight factors and the five roles of self-training', () => {
    expect(ids.length).toBeGreaterThanOrEqual(16);
    const factors = new Set(ids.flatMap((id) => drillOf(id).scenario.incidents.map((i) => i.factor)));
    expect([...factors].sort()).toEqual(['collapse', 'collision', 'crowd', 'explosion', 'fire', 'flood', 'heat', 'poisoning']);
    const roles = new Set(ids.map((id) => drillOf(id).scenario.training!.role));
    expect([...roles].sort()).toEqual(['informationReporter', 'militiaLeader', 'stationDutyOfficer', 'villageCadre', 'volunteer']);
  });

  it('train each station in its own domain: market regulation gas, traffic police a crash, housing a collapse, water a flood, the clinic a food poisoning, the school heat in training', () => {
    const stationDrills = ids.map(drillOf).filter((d) => d.scenario.training!.role === 'stationDutyOfficer');
    const trained = stationDrills.map((d) => `${d.scenario.training!.team}:${d.scenario.incidents[0]!.factor}`).sort();
    expect(trained).toEqual(['jiaojing:collision', 'shichangjianguan:explosion', 'shuiguansuo:flood', 'weishengyuan:poisoning', 'zhongxinxiao:heat', 'zhujian:collapse']);
    for (const drill of stationDrills) expect([...drill.scenario.incidents[0]!.expected.lead, ...drill.scenario.incidents[0]!.expected.support]).toContain(drill.scenario.training!.team);
  });
});

describe.each(ids)('the micro-drill %s', { timeout: 120_000 }, (id) => {
  it('states its role, learning goal and rule, lasts 5–15 minutes of play at ×10 or less, and is judged by a role rubric', () => {
    const drill = drillOf(id);
    const training = drill.scenario.training!;
    expect(training.learningGoalZh.length).toBeGreaterThan(5);
    expect(training.ruleEn.length).toBeGreaterThan(5);
    expect(drill.scenario.durationS).toBeLessThanOrEqual(90 * 60);
    expect(drill.rubric.scope).toBe('role');
    expect(referencePlanOnDisk(drill)?.every((o) => o.order.by === training.team)).toBe(true);
    expect(typicalMistake(id).orders.every((o) => o.order.by === training.team)).toBe(true);
  });

  it('passes under its reference plan, every duty done in time, while the doctrine plays the other teams', () => {
    const { score, record } = microDrillRun(id, 'plan');
    expect(score.conclusion).not.toBe('fail');
    expect(score.vetoes).toEqual([]);
    expect(score.role!.duties.map((d) => d.verdict)).toEqual(score.role!.duties.map(() => 'onTime'));
    const others = new Set(record.orders.map((o) => o.order.by).filter((by) => by !== drillOf(id).scenario.training!.team));
    expect(others.size).toBeGreaterThan(0);
  });

  it('fails when the trainee gives no order, with not one duty done', () => {
    const { score } = microDrillRun(id, 'idle');
    expect(score.conclusion).toBe('fail');
    expect(score.role!.duties.length).toBeGreaterThan(0);
    expect(score.role!.duties.every((d) => d.verdict === 'missed')).toBe(true);
  });

  it('fails under its typical mistake, naming the duty done late or not at all', () => {
    const { score } = microDrillRun(id, 'mistake');
    expect(score.conclusion).toBe('fail');
    expect(score.role!.duties.some((d) => d.verdict !== 'onTime')).toBe(true);
  });

  it('keeps the outcome of its good, idle and typical-mistake runs (golden)', () => {
    const golden = (kind: MicroDrillRunKind) => {
      const { score, sim, record } = microDrillRun(id, kind);
      return {
        total: score.total, conclusion: score.conclusion, vetoes: score.vetoes.map((v) => v.code),
        duties: score.role!.duties.map((d) => `${d.item}: ${d.verdict} ${d.doneS ?? '-'}/${d.dueS}`),
        ordersByTeam: Object.fromEntries([...new Set(record.orders.map((o) => o.order.by))].sort().map((t) => [t, record.orders.filter((o) => o.order.by === t).length])),
        stateHash: stateHash(sim.snapshot()), eventCount: record.events.length,
      };
    };
    expect({ plan: golden('plan'), idle: golden('idle'), mistake: golden('mistake') }).toMatchSnapshot();
  });
});
