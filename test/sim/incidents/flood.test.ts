import { describe, expect, it } from 'vitest';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { createSimulation, resumeSimulation, stateHash } from '../../../src/sim/index.ts';
import type { SimState } from '../../../src/sim/index.ts';
import type { FloodPhysics } from '../../../src/sim/incidents/flood/floodPhysics.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { tellEveryone } from '../../support/toldEveryone.ts';

const scenario = 'scenarios/demo-river-flood.json';
const drill = () => scenarioDrill(scenario);
const plan = () => planOrders('scenarios/plans/demo-river-flood.json');
const endS = 10_800;

/** Runs the river flood with timed orders, keeping the state at each checkpoint (and at the end). */
function run(orders: readonly TimedOrder[], checkpointsS: number[] = [], seed?: string, untilS = endS) {
  const sim = createSimulation(drill(), seed ?? drill().scenario.seed);
  tellEveryone(sim, 'qingshui-flood');
  const states = new Map<number, SimState>();
  const stops = [...new Set([...orders.map((o) => o.atS), ...checkpointsS, untilS])].sort((a, b) => a - b);
  for (const stopS of stops) {
    sim.advance(stopS - sim.timeS());
    for (const o of orders) if (o.atS === stopS) sim.dispatch(o.order);
    if (checkpointsS.includes(stopS) || stopS === untilS) states.set(stopS, sim.snapshot());
  }
  const end = states.get(untilS)!;
  const incident = end.incidents[0]!;
  return { sim, states, incident, physics: incident.physics as FloodPhysics, phases: incident.phaseHistory.map((p) => p.phase) };
}

const ordersOf = (types: string[]) => plan().filter((o) => types.includes(o.order.type));

describe('a rainstorm night on the Qingshui River', () => {
  const nothing = run([], [5400, 8400]);

  it('left alone, goes over the warning level and breaches at the weak point, with people hurt in the water', () => {
    expect(nothing.phases).toEqual(['watch', 'warning', 'rising', 'breached']);
    expect(nothing.physics.peakPeopleInWaterCount).toBeGreaterThan(1000);
    expect(nothing.incident.casualties.deadCount).toBeGreaterThan(5);
    expect(nothing.incident.casualties.injuredCount).toBeGreaterThan(10);
    expect(nothing.incident.lossYuan).toBeGreaterThan(1e7);
  });

  it('under the reference plan holds the embankment and hurts nobody', () => {
    const planned = run(plan());
    expect(planned.phases).not.toContain('breached');
    expect(planned.incident.casualties).toEqual({ deadCount: 0, injuredCount: 0, seriousInjuredCount: 0, missingCount: 0 });
    expect(planned.physics.peakPeopleInWaterCount).toBe(0);
    expect(planned.incident.lossYuan).toBeLessThan(nothing.incident.lossYuan / 10);
    expect(planned.sim.record().orders.filter((o) => o.rejected !== null)).toEqual([]);
  });

  it('leaves nobody in the water, and nobody at home hurt, when Hetan and Liuwan are warned and moved out before it arrives', () => {
    const toVillages = (o: TimedOrder) => o.order.type !== 'dispatchUnit' || 'place' in o.order.to;
    const moved = run(ordersOf(['issueWarning', 'openShelter', 'evacuate', 'dispatchUnit']).filter(toVillages));
    expect(moved.phases).toContain('breached');
    expect(moved.physics.peakPeopleInWaterCount).toBe(0);
    /** Everyone hurt who was not in a car swept off the road (two people a car in this scenario). */
    const residentsHurt = (r: ReturnType<typeof run>) => r.incident.casualties.deadCount + r.incident.casualties.injuredCount - 2 * r.physics.sweptVehicleCount;
    expect(residentsHurt(moved)).toBe(0);
    expect(residentsHurt(nothing)).toBeGreaterThan(20);
  });

  it('stops cars being swept away once the flooded roads and the bridge are closed', () => {
    expect(nothing.physics.sweptVehicleCount).toBeGreaterThan(0);
    expect(nothing.physics.vehicleDeadCount).toBeGreaterThan(0);
    const roads = ['dike-road', 'x031-bridge', 'x031-south', 'road-liuwan'];
    const closed = run(roads.map((road): TimedOrder => ({ atS: 1800, order: { type: 'closeRoad', by: 'jiaojing', road } })), [], undefined, 9600);
    expect(closed.physics.floodedRoads.filter((r) => roads.includes(r)).length).toBeGreaterThan(0);
    expect(closed.physics.sweptVehicleCount).toBe(0);
    expect(closed.physics.vehicleDeadCount).toBe(0);
  });

  it('ends a flood saved mid-drill and resumed exactly as one run straight through', () => {
    const saved = nothing.states.get(5400)!;
    const resumed = resumeSimulation(drill(), saved);
    resumed.advance(8400 - 5400);
    expect(stateHash(resumed.snapshot())).toBe(stateHash(nothing.states.get(8400)!));
  });
});

describe('acting on the flood', () => {
  const act = (action: string, unit: string) => ({ type: 'actOnIncident', by: 'command-post', incident: 'qingshui-flood', action, unit });

  it('needs a unit on the dike that can do the work', () => {
    const sim = createSimulation(drill());
    tellEveryone(sim, 'qingshui-flood');
    sim.dispatch({ type: 'dispatchUnit', by: 'command-post', unit: 'sgs-pump-team', to: { incident: 'qingshui-flood' } });
    sim.dispatch({ type: 'dispatchUnit', by: 'command-post', unit: 'zj-inspection', to: { incident: 'qingshui-flood' } });
    expect(sim.dispatch(act('pump', 'sgs-pump-team'))).toMatchObject({ ok: false, reason: 'unit-not-on-scene' });
    sim.advance(1200);
    expect(sim.dispatch(act('patrolDike', 'sgs-pump-team'))).toMatchObject({ ok: false, reason: 'unit-lacks-capability' });
    expect(sim.dispatch(act('sandbag', 'zj-inspection'))).toMatchObject({ ok: false, reason: 'unit-lacks-capability' });
    expect(sim.dispatch(act('pump', 'sgs-pump-team'))).toMatchObject({ ok: true });
    expect(sim.dispatch(act('patrolDike', 'zj-inspection'))).toMatchObject({ ok: true });
  });
});
