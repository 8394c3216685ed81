import { describe, expect, it } from 'vitest';
import { timelineEntries } from '../../src/review/timelineEntries.ts';
import { unitRows } from '../../src/review/unitRows.ts';
import { villageRows } from '../../src/review/villageRows.ts';
import { runDemoPlan } from '../support/demoPlan.ts';

describe('the review’s tables', { timeout: 60_000 }, () => {
  const { sim } = runDemoPlan({ seed: 'tables', orders: [] });
  const planned = runDemoPlan({ seed: 'tables' }).sim;
  const record = planned.record();
  const state = planned.snapshot();

  it('say when each riverside village was warned and moved, and how many of its people went', () => {
    const rows = villageRows(record, state);
    const hetan = rows.find((r) => r.village === 'hetan')!;
    expect(hetan.warning).toEqual({ atS: 90, colour: 'orange' });
    expect(hetan.evacuation?.orderedS).toBe(120);
    // The school filled; the command post sent the rest to Dongcun at 1900 s: the shelter shown is the last one.
    expect(hetan.evacuation?.shelter).toBe('shelter-dongcun');
    expect(hetan.movedCount).toBe(state.villages.find((v) => v.id === 'hetan')!.movedCount);
    expect(hetan.movedVulnerableCount).toBeLessThanOrEqual(hetan.movedCount);
    expect(hetan.residentCount).toBeGreaterThanOrEqual(hetan.movedCount);
    expect(rows.filter((r) => r.evacuation === null).every((r) => r.movedCount === 0)).toBe(true);
  });

  it('list the units sent, with their first arrival and their time out and idle adding up to the drill', () => {
    const { rows, unused } = unitRows(planned.world, record, state);
    const car = rows.find((r) => r.unit === 'pcs-car-1')!;
    expect(car.team).toBe('paichusuo');
    expect(car.dispatchCount).toBe(1);
    const arrived = record.events.find((e) => e.type === 'unit.arrived' && e.unit === 'pcs-car-1')!;
    expect(car.firstOnSceneS).toBe(arrived.timeS);
    expect(car.busyS).toBeGreaterThanOrEqual(arrived.timeS - 150);
    expect(car.busyS + car.idleS).toBe(record.endS);
    expect(unused.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.unit)).not.toContain(unused[0]);
  });

  it('a drill with no orders has nobody sent and nobody warned', () => {
    const idle = sim.record();
    expect(unitRows(sim.world, idle, sim.snapshot()).rows.filter((r) => r.dispatchCount > 0)).toEqual([]);
    expect(villageRows(idle, sim.snapshot()).every((r) => r.warning === null)).toBe(true);
  });

  it('put orders, reports, injects and phases in time order, and filter by kind', () => {
    const all = timelineEntries(record);
    for (let i = 1; i < all.length; i++) expect(all[i]!.timeS).toBeGreaterThanOrEqual(all[i - 1]!.timeS);
    expect(all.filter((e) => e.kind === 'order')).toHaveLength(record.orders.length);
    expect(all.some((e) => e.kind === 'report')).toBe(true);
    expect(all.some((e) => e.kind === 'inject')).toBe(true);
    const reports = timelineEntries(record, new Set(['report']));
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((e) => e.kind === 'report')).toBe(true);
  });
});
