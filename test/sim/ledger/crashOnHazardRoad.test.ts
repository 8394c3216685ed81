import { describe, expect, it } from 'vitest';
import { runDrill } from '../../../src/cli/runDrill.ts';
import type { Drill, HazardItem } from '../../../src/sim/index.ts';
import { drillFromLedgerItem, drillOfRecord, formatProblems, PlacedAtSchema, replay, scoreRecord, stateHash } from '../../../src/sim/index.ts';
import { nearestOnPolyline } from '../../../src/sim/world/polylines.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { demoLedger } from '../../support/demoLedger.ts';
import { planOrders } from '../../support/demoPlan.ts';

const crashTemplate = () => scenarioDrill('scenarios/demo-s215-bus-crash.json');
const items = () => demoLedger().ledger.items;
const item = (id: string) => items().find((i) => i.id === id)!;
const plan = () => planOrders('scenarios/plans/demo-s215-bus-crash.json');

function crashDrill(hazard: string, ledger: readonly HazardItem[] = items()): Drill {
  const built = drillFromLedgerItem(crashTemplate(), item(hazard), ledger, demoLedger().effects);
  if (!built.ok) throw new Error(formatProblems(built.problems));
  return built.value;
}

function crashOf(drill: Drill) {
  const incident = drill.scenario.incidents[0]!;
  if (incident.factor !== 'collision') throw new Error('the template’s incident is not a crash');
  return incident;
}

const haulRoad = () => crashTemplate().map.roads.find((r) => r.id === 'road-mine')!;

describe('a crash drilled at a hazard on another road than the template’s', () => {
  it('puts the haul-road hazard’s crash on the Beishan mine haul road, blocking it, its casualties going out by the nearest county entry', () => {
    const crash = crashOf(crashDrill('YH-2026-019'));
    if (!('xM' in crash.at)) throw new Error('the crash is not at a point of the road');
    expect(nearestOnPolyline(haulRoad().pointsM, crash.at).distanceM).toBeLessThan(1e-6);
    expect(crash.road).toBe('road-mine');
    expect(crash.countyHospital.entry).toBe('west-entry');
    expect(crash.clinic.station).toBe('weishengyuan');
    expect([crash.groundTruth.placeZh, crash.groundTruth.placeEn]).toEqual(['北山煤矿运输路', 'Beishan mine haul road']);
  });

  it('runs with the template’s plan: the traffic police and the ambulances reach the crash over the roads to the haul road', () => {
    const drill = crashDrill('YH-2026-019');
    const run = runDrill({ drill, seed: drill.scenario.seed, orders: plan(), untilS: 3600 });
    const arrived = run.log.flatMap((l) => (l.kind === 'event' && l.event.type === 'unit.arrived' ? [l.event.unit] : []));
    expect(arrived).toEqual(expect.arrayContaining(['jj-patrol-1', 'wsy-ambulance-1']));
    const patrol = run.sim.snapshot().units.find((u) => u.id === 'jj-patrol-1')!;
    expect(nearestOnPolyline(haulRoad().pointsM, patrol.at).distanceM).toBeLessThan(50);
  });

  it('costs lives while the overloading stays open: on the same seed and orders the drill without it ends with fewer dead', () => {
    const withIt = crashDrill('YH-2026-019');
    const rectified = items().map((i) => (i.id === 'YH-2026-019' ? { ...i, status: 'rectified' as const } : i));
    const without = crashDrill('YH-2026-019', rectified);
    expect(withIt.hazards?.map((h) => h.hazard)).toEqual(['YH-2026-019']);
    expect(without.hazards ?? []).toEqual([]);
    const dead = (drill: Drill) => runDrill({ drill, seed: 'shifan-2026-s215', orders: plan(), untilS: drill.scenario.durationS })
      .sim.snapshot().incidents[0]!.casualties.deadCount;
    expect(dead(withIt)).toBeGreaterThan(dead(without));
  });

  it('is rebuilt from its record alone: the replay ends in the same state and scores the same', () => {
    const drill = crashDrill('YH-2026-019');
    const live = runDrill({ drill, seed: drill.scenario.seed, orders: plan(), untilS: 2400 }).sim;
    const record = JSON.parse(JSON.stringify(live.record())) as ReturnType<typeof live.record>;
    expect(PlacedAtSchema.parse(record.placedAt)).toMatchObject({ hazard: 'YH-2026-019', place: 'road-mine', road: 'road-mine' });
    const again = drillOfRecord(crashTemplate(), record);
    if (!again.ok) throw new Error(formatProblems(again.problems));
    expect(stateHash(replay(again.value, record.seed, record).snapshot())).toBe(stateHash(live.snapshot()));
    expect(scoreRecord(again.value, record, plan())).toEqual(scoreRecord(drill, record, plan()));
    expect(stateHash(replay(crashTemplate(), record.seed, record).snapshot())).not.toBe(stateHash(live.snapshot()));
  });

  it('leaves the template’s crash at the S215 bend for a hazard on the S215 itself, with the bend’s missing guardrail applied', () => {
    const drill = crashDrill('YH-2026-013');
    expect(crashOf(drill).at).toEqual({ place: 's215-bend' });
    expect(crashOf(drill).groundTruth.placeZh).toBe(crashOf(crashTemplate()).groundTruth.placeZh);
    expect(drill.hazards?.map((h) => h.hazard)).toEqual(['YH-2026-012']);
  });

  it('puts a crash by a named place on the road beside it: the bus station’s on the S215, named after both', () => {
    const crash = crashOf(crashDrill('YH-2026-014'));
    const s215 = crashTemplate().map.roads.find((r) => r.id === 's215')!;
    if (!('xM' in crash.at)) throw new Error('the crash is not at a point of the road');
    expect(nearestOnPolyline(s215.pointsM, crash.at).distanceM).toBeLessThan(1e-6);
    expect(crash.groundTruth.placeZh).toContain('省道S215');
    expect(crash.groundTruth.placeZh).toContain('客运站');
  });

  it('refuses a record whose placement names a road the map does not have, naming the field, instead of failing mid-drill', () => {
    const record = runDrill({ drill: crashDrill('YH-2026-019'), seed: 1, orders: [], untilS: 60 }).sim.record();
    const again = drillOfRecord(crashTemplate(), { ...record, placedAt: { ...record.placedAt!, road: 'no-such-road' } });
    expect(again).toMatchObject({ ok: false, problems: [{ path: 'incidents.0.road', problem: 'no road "no-such-road"' }] });
  });
});
