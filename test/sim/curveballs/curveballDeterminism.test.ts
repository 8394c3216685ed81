// Curveballs keep the drill a pure function of scenario, seed and timed orders: the same orders give the same run,
// a replay of the record equals the live run, and a saved state resumes exactly with its curveballs.
import { describe, expect, it } from 'vitest';
import { runDrill } from '../../../src/cli/runDrill.ts';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { replay, resumeSimulation, stateHash } from '../../../src/sim/index.ts';
import type { SimState } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

const drill = () => scenarioDrill('scenarios/demo-flood-transfer.json');
const orders: TimedOrder[] = [
  { atS: 120, order: { type: 'addIncident', by: 'facilitator', template: 'road-crash', at: { xM: 3500, yM: 4100 } } },
  { atS: 300, order: { type: 'addIncident', by: 'facilitator', template: 'house-collapse', at: { xM: 8500, yM: 4200 } } },
  { atS: 600, order: { type: 'relayInformation', by: 'facilitator', to: 'command-post', incident: 'curveball-2', channel: 'phone' } },
  { atS: 600, order: { type: 'dispatchUnit', by: 'command-post', unit: 'yjb-team', to: { incident: 'curveball-2' } } },
  { atS: 900, order: { type: 'addIncident', by: 'facilitator', template: 'building-fire', at: { xM: 4900, yM: 4400 } } },
];
const run = (untilS = 2400, list = orders) => runDrill({ drill: drill(), seed: 'curveball-seed', orders: list, untilS }).sim;

describe('a drill with curveballs', () => {
  it('runs the same twice for the same seed and orders', () => {
    const a = run();
    const b = run();
    expect(a.record().orders.map((o) => o.rejected)).toEqual([null, null, null, null, null]);
    expect(stateHash(a.snapshot())).toBe(stateHash(b.snapshot()));
    expect(a.record().events).toEqual(b.record().events);
  });

  it('replays from its record exactly as it ran live', () => {
    const live = run();
    const record = live.record();
    const again = replay(drill(), record.seed, record);
    expect(again.record().events).toEqual(record.events);
    expect(stateHash(again.snapshot())).toBe(stateHash(live.snapshot()));
  });

  it('resumes a saved state with its curveballs exactly, after a round trip through JSON', () => {
    const uninterrupted = run();
    const firstPart = run(700, orders.filter((o) => o.atS <= 700));
    const saved = JSON.parse(JSON.stringify({ state: firstPart.snapshot(), record: firstPart.record() })) as { state: SimState; record: ReturnType<typeof firstPart.record> };
    expect(saved.state.curveballs?.map((c) => c.id)).toEqual(['curveball-1', 'curveball-2']);
    const resumed = resumeSimulation(drill(), saved.state, saved.record);
    for (const { atS, order } of orders.filter((o) => o.atS > 700)) {
      resumed.advance(atS - resumed.timeS());
      expect(resumed.dispatch(order).ok).toBe(true);
    }
    resumed.advance(2400 - resumed.timeS());
    expect(stateHash(resumed.snapshot())).toBe(stateHash(uninterrupted.snapshot()));
    expect(resumed.record().events).toEqual(uninterrupted.record().events);
  });

  it('changes the state hash only once a curveball is added', () => {
    const plain = run(600, []);
    expect('curveballs' in plain.snapshot()).toBe(false);
    expect(stateHash(run(600, orders.slice(0, 1)).snapshot())).not.toBe(stateHash(plain.snapshot()));
  });
});
