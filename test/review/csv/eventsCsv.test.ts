import { describe, expect, it } from 'vitest';
import { eventsCsv } from '../../../src/review/csv/eventsCsv.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { demoPlan, planOrders } from '../../support/demoPlan.ts';
import { hostileDrill, hostileIncidentTitle, hostileInjectMessage } from '../../support/hostileDrill.ts';
import { parseCsv } from '../../support/parseCsv.ts';
import { reviewDataOf } from '../../support/reviewDataOf.ts';

describe('events CSV', () => {
  const data = reviewDataOf(hostileDrill(), { orders: planOrders('scenarios/plans/demo-market-gas-leak.json') });
  const rows = parseCsv(eventsCsv(data, 'zh').slice(1));

  it('has a Chinese header and one row per event of the drill, in the order they happened', () => {
    expect(rows[0]).toEqual(['时间', '演练秒数', '类型', '事件编号', '事件名称', '力量编号', '力量名称', '村编号', '村名称', '经过']);
    expect(rows).toHaveLength(data.events.length + 1);
    expect(rows.slice(1).map((r) => Number(r[1]))).toEqual(data.events.map((e) => e.timeS));
  });

  it('gives the scenario clock, the incident and unit with their names, and the feed’s sentence', () => {
    const arrival = rows.find((r) => r[2] === 'unit.arrived' && r[5] === 'pcs-car-1');
    expect(arrival).toBeDefined();
    expect(arrival![0]).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(arrival![6]).toBe('派出所警车一');
    expect(arrival![9]).toContain('派出所警车一');
  });

  it('keeps hostile scenario text whole, but never lets it start a formula', () => {
    const started = rows.find((r) => r[2] === 'incident.started')!;
    expect(started[3]).toBe('market-lpg-leak');
    expect(started[4]).toBe(`'${hostileIncidentTitle}`);
    expect(started[9]).toBe(`'${hostileIncidentTitle}发生`);
    const inject = rows.find((r) => r[2] === 'inject.delivered')!;
    expect(inject[9]).toContain(hostileInjectMessage);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('speaks English when asked', () => {
    const english = parseCsv(eventsCsv(data, 'en').slice(1));
    expect(english[0]![0]).toBe('time');
    expect(english.find((r) => r[2] === 'unit.arrived' && r[5] === 'pcs-car-1')![6]).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('names every village a warning went to, ids and names alike', () => {
    const flood = parseCsv(eventsCsv(reviewDataOf(scenarioDrill('scenarios/demo-flood-transfer.json'), { orders: demoPlan() }), 'zh').slice(1));
    const warning = flood.find((r) => r[2] === 'warning.issued')!;
    expect(warning.slice(7, 9)).toEqual(['hetan;liuwan', '河滩村、柳湾村']);
  });
});
