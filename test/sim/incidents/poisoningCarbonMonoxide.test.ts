import { describe, expect, it } from 'vitest';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import type { CoPhysics } from '../../../src/sim/incidents/poisoning/poisoningPhysics.ts';
import { homeStatus } from '../../../src/sim/incidents/poisoning/coSystem.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';

const scenario = 'scenarios/demo-coal-stove-co.json';
const incident = 'beishan-co';
const dawnS = 25_200;
const order = (atS: number, o: object): TimedOrder => ({ atS, order: o as TimedOrder['order'] });
const send = (unit: string) => order(960, { type: 'dispatchUnit', by: 'beishan', unit, to: { incident } });
const check = order(1020, { type: 'actOnIncident', by: 'beishan', incident, action: 'doorToDoorChecks', unit: 'beishan-cadres' });

function outcome(orders: TimedOrder[], untilS = dawnS + 3600) {
  const drill = scenarioDrill(scenario);
  const { sim } = runDrill({ drill, seed: drill.scenario.seed, orders, untilS });
  const i = sim.snapshot().incidents[0]!;
  return { casualties: i.casualties, physics: i.physics as CoPhysics, phaseHistory: i.phaseHistory, events: sim.record().events };
}

let nothingDone: ReturnType<typeof outcome> | undefined;
const doNothing = () => (nothingDone ??= outcome([]));
const endedS = (o: ReturnType<typeof outcome>) => o.phaseHistory.find((p) => p.phase === 'accountedFor')?.atS ?? null;

describe('carbon monoxide from coal stoves on a cold-wave night', () => {
  it('left alone, leaves the poisoned homes to be found at dawn, with more of their people dead', () => {
    const { physics, events, casualties } = doNothing();
    expect(events.some((e) => e.type === 'incident.notice' && e.notice === 'dawn' && e.timeS === dawnS)).toBe(true);
    expect(physics.status.every((s) => s === homeStatus.found || s === homeStatus.deadFound)).toBe(true);
    expect(casualties.deadCount).toBeGreaterThan(planned().casualties.deadCount);
  });

  it('finds every poisoned home long before dawn when the village knocks on every door, and saves lives', () => {
    const { phaseHistory, casualties } = planned();
    expect(phaseHistory.map((p) => p.phase)).toEqual(['exposed', 'checking', 'accountedFor']);
    expect(endedS(planned())!).toBeLessThan(dawnS / 2);
    expect(casualties.deadCount).toBeLessThan(doNothing().casualties.deadCount);
  });

  it('finds fewer homes in the first two hours with only the cadres knocking', () => {
    const found = (o: ReturnType<typeof outcome>) => o.physics.status.filter((s) => s !== homeStatus.exposed && s !== homeStatus.deadUnfound).length;
    const twoHoursS = 1020 + 7200;
    const few = outcome([send('beishan-cadres'), check], twoHoursS);
    const many = outcome([send('beishan-cadres'), send('beishan-militia'), send('beishan-volunteers'), check], twoHoursS);
    expect(found(many)).toBe(many.physics.status.length);
    expect(found(few)).toBeLessThan(found(many));
  });

  it('raises the blood COHb of unfound homes with their CO, and never past the level that kills', () => {
    const { physics } = outcome([], 3600);
    const alive = physics.status.flatMap((s, k) => (s === homeStatus.exposed ? [k] : []));
    const byPpm = [...alive].sort((a, b) => physics.ppm[a]! - physics.ppm[b]!);
    expect(byPpm.length).toBeGreaterThan(3);
    byPpm.slice(1).forEach((k, i) => expect(physics.cohbPct[k]!).toBeGreaterThan(physics.cohbPct[byPpm[i]!]!));
    for (const k of alive) expect(physics.cohbPct[k]!).toBeLessThan(60);
  });
});

let plannedRun: ReturnType<typeof outcome> | undefined;
function planned() {
  return (plannedRun ??= outcome(planOrders('scenarios/plans/demo-coal-stove-co.json')));
}
