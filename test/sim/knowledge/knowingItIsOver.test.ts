// A team knows an incident is over the way it knows anything else: it sees it end, or a report or a call tells it.
import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../../src/sim/index.ts';
import { createSimulation } from '../../../src/sim/index.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { give } from '../../support/tinySimulation.ts';

const fire = 'xiling-grass-fire';
const fireDrill = () => scenarioDrill('scenarios/demo-xiling-grassland-fire.json');

/** The grass fire under its reference plan: 林草站's crews put it out; the scene is cold at 3060 s. */
function putOut(untilS: number): Simulation {
  const drill = fireDrill();
  return runDrill({ drill, seed: drill.scenario.seed, orders: planOrders('scenarios/plans/demo-xiling-grassland-fire.json'), untilS }).sim;
}

const seen = (sim: Simulation, team: string) => sim.viewOf(team).incidents.find((i) => i.id === fire);

describe('knowing an incident is over', () => {
  it('the crew on the fire line sees the grass fire is out the second it is', () => {
    const sim = putOut(3059);
    expect(seen(sim, 'linchaozhan')).toMatchObject({ ended: false, endedS: null, phase: 'watch' });
    sim.advance(1);
    expect(seen(sim, 'facilitator')).toMatchObject({ ended: true, endedS: 3060 });
    expect(seen(sim, 'linchaozhan')).toMatchObject({ ended: true, endedS: 3060, phase: 'extinguished', via: 'sight' });
  });

  it('the county knows the grass fire is out only once the command post reports it out', () => {
    const sim = putOut(3300);
    expect(seen(sim, 'command-post')).toMatchObject({ ended: true });
    expect(seen(sim, 'county')).toMatchObject({ ended: false, endedS: null });
    give(sim, { type: 'fileReport', by: 'command-post', kind: 'followUp', incident: fire, elements: { scene: '西岭草场明火已扑灭，余火已清理' }, phase: 'extinguished' });
    expect(seen(sim, 'county')).toMatchObject({ ended: true, endedS: 3300, phase: 'extinguished', via: 'report', toldBy: 'command-post' });
  });

  it('a false word that the fire is out holds only until the village sees the smoke again', () => {
    const sim = createSimulation(fireDrill());
    sim.advance(600);
    expect(seen(sim, 'shangling')).toMatchObject({ ended: false, phase: 'spreading' });
    give(sim, { type: 'relayInformation', by: 'facilitator', to: 'shangling', incident: fire, phase: 'extinguished' });
    expect(seen(sim, 'shangling')).toMatchObject({ ended: true, endedS: 600, via: 'inject' });
    sim.advance(1);
    expect(seen(sim, 'shangling')).toMatchObject({ ended: false, endedS: null, via: 'sight' });
  });

  it('nobody discovers an incident that is already over', () => {
    const sim = putOut(3060);
    expect(seen(sim, 'hetan')).toBeUndefined();
    give(sim, { type: 'dispatchUnit', by: 'hetan', unit: 'hetan-cadres', to: { xM: 2250, yM: 1700 } });
    sim.advance(3600);
    const cadres = sim.viewOf('hetan').units.find((u) => u.id === 'hetan-cadres')!.at;
    expect(Math.hypot(cadres.xM - 2250, cadres.yM - 1700)).toBeLessThan(3500); // within the smoke's sight range, had there been any
    expect(seen(sim, 'hetan')).toBeUndefined();
  });
});
