import { describe, expect, it } from 'vitest';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { createSimulation } from '../../../src/sim/index.ts';
import type { SimState } from '../../../src/sim/index.ts';
import type { FloodPhysics } from '../../../src/sim/incidents/flood/floodPhysics.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { tellEveryone } from '../../support/toldEveryone.ts';

const drill = () => scenarioDrill('scenarios/demo-river-flood.json');
const plan = () => planOrders('scenarios/plans/demo-river-flood.json');

/** The flood's physics at each checkpoint of a run with timed orders. */
function run(orders: readonly TimedOrder[], checkpointsS: number[], seed = drill().scenario.seed) {
  const sim = createSimulation(drill(), seed);
  tellEveryone(sim, 'qingshui-flood');
  const physics = new Map<number, FloodPhysics>();
  const states = new Map<number, SimState>();
  for (const stopS of [...new Set([...orders.map((o) => o.atS), ...checkpointsS])].sort((a, b) => a - b)) {
    sim.advance(stopS - sim.timeS());
    for (const o of orders) if (o.atS === stopS) expect(sim.dispatch(o.order)).toMatchObject({ ok: true });
    if (checkpointsS.includes(stopS)) {
      const state = sim.snapshot();
      states.set(stopS, state);
      physics.set(stopS, state.incidents[0]!.physics as FloodPhysics);
    }
  }
  return { physics, states, record: sim.record() };
}

const isDispatch = (o: TimedOrder, units: string[]) => o.order.type === 'dispatchUnit' && units.includes(o.order.unit);
const isAction = (o: TimedOrder, actions: string[]) => o.order.type === 'actOnIncident' && actions.includes(o.order.action);
const dikeCrews = ['sgs-dike-patrol', 'yjb-team', 'yjb-supply', 'dongcun-militia', 'nanpo-militia'];
const dikeWork = () => plan().filter((o) => isDispatch(o, dikeCrews) || isAction(o, ['sandbag', 'patrolDike']));
const pumping = () => plan().filter((o) => isDispatch(o, ['sgs-pump-team']) || isAction(o, ['pump']));
const untilS = 9000;

describe('the weak point under sandbags and a dike patrol', () => {
  const seeds = ['shifan-2026-river', 'c', 'd', 'e'];
  const nights = seeds.map((seed) => ({ seed, nothing: run([], [7200, untilS], seed), defended: run(dikeWork(), [untilS], seed) }));

  it('breaches later or not at all on the same night, and holds on most nights that breach when left alone', () => {
    for (const { seed, nothing, defended } of nights) {
      const leftAlone = nothing.physics.get(untilS)!.breachAtS;
      const sandbagged = defended.physics.get(untilS)!.breachAtS;
      expect(leftAlone, `seed ${seed}: the river breaks through when nobody defends it`).not.toBeNull();
      if (sandbagged !== null) expect(sandbagged, `seed ${seed}`).toBeGreaterThanOrEqual(leftAlone!);
    }
    const held = nights.filter((n) => n.defended.physics.get(untilS)!.breachAtS === null).length;
    expect(held).toBeGreaterThanOrEqual(3);
  });

  it('raises the weak point above the river with a sub-levee and rings the seepage first', () => {
    const { defended, nothing } = nights[0]!;
    const physics = defended.physics.get(untilS)!;
    expect(physics.bags.ringWell).toBe(400);
    expect(physics.raiseM).toBeGreaterThan(0.5);
    expect(nothing.physics.get(untilS)!.raiseM).toBe(0);
  });

  it('finds seepage as soon as it starts when the dike is patrolled, instead of 40 minutes later', () => {
    const { defended, nothing } = nights[0]!;
    const patrolled = defended.physics.get(untilS)!;
    const unpatrolled = nothing.physics.get(untilS)!;
    expect(patrolled.seepageFoundS).toBe(patrolled.seepageStartS);
    expect(unpatrolled.seepageFoundS! - unpatrolled.seepageStartS!).toBe(2400);
    const notice = (r: typeof defended.record) => r.events.find((e) => e.type === 'incident.notice' && e.notice === 'seepageFound')?.timeS;
    expect(notice(defended.record)).toBeLessThan(notice(nothing.record)!);
  });

  it('keeps less water standing in Hetan when the pumping station is worked', () => {
    const pumped = run(pumping(), [7200]).states.get(7200)!;
    const leftAlone = nights[0]!.nothing.states.get(7200)!;
    const hetan = drill().map.villages.findIndex((v) => v.id === 'hetan');
    const deepestM = (state: SimState) => Math.max(...(state.incidents[0]!.physics as FloodPhysics).villages[hetan]!.peakDepthsM);
    expect((pumped.incidents[0]!.physics as FloodPhysics).pumpedM3).toBeGreaterThan(50_000);
    expect(deepestM(pumped)).toBeLessThan(deepestM(leftAlone) * 0.85);
  });
});
